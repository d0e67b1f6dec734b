using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Concord.Identity.Keys;

/// <summary>
/// RSA keys kept as PKCS#8 PEM files in a directory only the service account can read. A key is generated the
/// first time it is asked for and read back on every later start, so tokens stay verifiable across restarts and
/// the key id (an RFC 7638 thumbprint) never changes for the same key.
/// </summary>
internal static class PemKeyStore
{
    private const int KeySizeInBits = 3072;

    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static RsaSecurityKey LoadOrCreate(string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            Create(directory, path);
        }

        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(File.ReadAllText(path));
        }
        catch (ArgumentException exception)
        {
            rsa.Dispose();
            // Note: never replace an unreadable key silently: every token signed with it would stop validating.
            throw new InvalidOperationException($"The key file {path} does not hold an RSA private key in PEM form; fix or remove it.", exception);
        }

        var key = new RsaSecurityKey(rsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }

    private static void Create(string directory, string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, OwnerOnlyDirectory);
        }

        using var rsa = RSA.Create(KeySizeInBits);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }

        using (var writer = new StreamWriter(temporary, options))
        {
            writer.Write(rsa.ExportPkcs8PrivateKeyPem());
        }

        try
        {
            // Note: written aside and moved into place, so a replica starting at the same moment never reads half a
            // key; if another replica won the race, its key is the one everybody uses.
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
    }
}
