using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Concord.Identity.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace Concord.Identity.Keys;

/// <summary>
/// The keys the server signs tokens with (published in its JWKS) and encrypts its own tokens with (authorization
/// codes; access tokens stay signed-only so resource servers can read them). Each comes from a PFX certificate when
/// one is configured, otherwise from a PEM file in the key directory.
/// </summary>
internal sealed record ServerCredentials(SecurityKey SigningKey, SecurityKey EncryptionKey)
{
    public const string SigningKeyFile = "signing-key.pem";

    public const string EncryptionKeyFile = "encryption-key.pem";

    /// <summary>Loads (or on first start generates) both keys; throws when a file is unusable, so the server does not start.</summary>
    public static ServerCredentials Load(IdentityServerSettings settings, TimeProvider time) => new(
        LoadKey(settings.SigningCertificatePath, settings.SigningCertificatePassword, settings.KeyDirectory, SigningKeyFile, X509KeyUsageFlags.DigitalSignature, time),
        LoadKey(settings.EncryptionCertificatePath, settings.EncryptionCertificatePassword, settings.KeyDirectory, EncryptionKeyFile, X509KeyUsageFlags.KeyEncipherment, time));

    private static SecurityKey LoadKey(
        string? certificatePath, string? password, string? keyDirectory, string keyFile, X509KeyUsageFlags usage, TimeProvider time)
    {
        if (certificatePath is null)
        {
            // Note: IdentityServerSettings.Load has already refused a configuration with neither source.
            return PemKeyStore.LoadOrCreate(keyDirectory!, keyFile);
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(certificatePath, password);
        }
        catch (Exception exception) when (exception is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"The certificate {certificatePath} cannot be read: {exception.Message}", exception);
        }

        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"The certificate {certificatePath} has no private key.");
        }

        var now = time.GetLocalNow().DateTime;
        if (now < certificate.NotBefore || now > certificate.NotAfter)
        {
            throw new InvalidOperationException(
                $"The certificate {certificatePath} is valid from {certificate.NotBefore:u} to {certificate.NotAfter:u} only.");
        }

        var keyUsage = certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault();
        if (keyUsage is not null && !keyUsage.KeyUsages.HasFlag(usage))
        {
            throw new InvalidOperationException($"The certificate {certificatePath} does not allow {usage}.");
        }

        return new X509SecurityKey(certificate);
    }
}
