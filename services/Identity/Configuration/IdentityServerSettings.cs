namespace Concord.Identity.Configuration;

/// <summary>
/// Settings under <c>Concord:Identity</c>. The server refuses to start when the issuer or a key source is missing:
/// it never falls back to a guessed URL or to keys that live only in memory.
/// </summary>
public sealed class IdentityServerSettings
{
    public const string Section = "Concord:Identity";

    /// <summary>The absolute URL tokens are issued under (<c>iss</c>), e.g. https://identity.concord.example/.</summary>
    public string? Issuer { get; set; }

    /// <summary>
    /// Where the RSA signing and encryption keys live as PEM files; they are generated on first start and reused
    /// afterwards. Required unless both keys come from certificates.
    /// </summary>
    public string? KeyDirectory { get; set; }

    /// <summary>A PKCS#12 (PFX) file whose certificate signs tokens, instead of the generated signing key.</summary>
    public string? SigningCertificatePath { get; set; }

    public string? SigningCertificatePassword { get; set; }

    /// <summary>A PKCS#12 (PFX) file whose certificate encrypts the server's own tokens, instead of the generated key.</summary>
    public string? EncryptionCertificatePath { get; set; }

    public string? EncryptionCertificatePassword { get; set; }

    /// <summary>
    /// Whether the server only answers HTTPS requests. True unless switched off explicitly, which only the local
    /// runner does (plain HTTP on loopback).
    /// </summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>A seed file (scopes, organisations, clients) applied at start; none when unset.</summary>
    public string? SeedFile { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The issuer, checked by <see cref="Load"/>.</summary>
    internal Uri IssuerUri => new(Issuer!, UriKind.Absolute);

    /// <summary>
    /// Binds and checks the settings; relative paths are resolved against <paramref name="contentRoot"/>.
    /// Throws <see cref="InvalidOperationException"/> naming the setting that is missing or wrong.
    /// </summary>
    public static IdentityServerSettings Load(IConfiguration configuration, string contentRoot)
    {
        var settings = configuration.GetSection(Section).Get<IdentityServerSettings>() ?? new();

        if (string.IsNullOrWhiteSpace(settings.Issuer)
            || !Uri.TryCreate(settings.Issuer, UriKind.Absolute, out var issuer)
            || (issuer.Scheme != Uri.UriSchemeHttps && issuer.Scheme != Uri.UriSchemeHttp))
        {
            throw new InvalidOperationException(
                $"{Section}:Issuer must be set to the identity server's absolute URL, e.g. https://identity.concord.example/.");
        }

        if (settings.RequireHttps && issuer.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException(
                $"{Section}:Issuer is {issuer} but {Section}:RequireHttps is true: use an https issuer, or set RequireHttps to false for a local loopback run.");
        }

        if (string.IsNullOrWhiteSpace(settings.KeyDirectory)
            && (string.IsNullOrWhiteSpace(settings.SigningCertificatePath) || string.IsNullOrWhiteSpace(settings.EncryptionCertificatePath)))
        {
            throw new InvalidOperationException(
                $"{Section}:KeyDirectory must be set (signing and encryption keys are generated there on first start and reused), "
                + $"unless both {Section}:SigningCertificatePath and {Section}:EncryptionCertificatePath are set. Keys are never hard-coded or kept only in memory.");
        }

        if (settings.AccessTokenLifetime <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{Section}:AccessTokenLifetime must be positive, e.g. 00:15:00.");
        }

        settings.KeyDirectory = Resolve(settings.KeyDirectory, contentRoot);
        settings.SigningCertificatePath = Resolve(settings.SigningCertificatePath, contentRoot);
        settings.EncryptionCertificatePath = Resolve(settings.EncryptionCertificatePath, contentRoot);
        settings.SeedFile = Resolve(settings.SeedFile, contentRoot);
        return settings;
    }

    private static string? Resolve(string? path, string contentRoot) =>
        string.IsNullOrWhiteSpace(path) ? null : Path.GetFullPath(path, contentRoot);
}
