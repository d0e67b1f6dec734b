using Xunit;

namespace Concord.Identity.Tests;

/// <summary>
/// A misconfigured identity server must not start at all. These hosts fail before touching the database, so the
/// connection string points at a database that is never created.
/// </summary>
public sealed class StartupConfigurationTests : IDisposable
{
    private readonly string _keyDirectory = Directory.CreateTempSubdirectory("concord-identity-keys-").FullName;

    public void Dispose() => Directory.Delete(_keyDirectory, recursive: true);

    [Fact]
    public void Host_WhenIssuerMissing_FailsNamingTheIssuerSetting()
    {
        var failure = IdentityHost.StartupFailure(Settings(("Concord:Identity:Issuer", null)));

        Assert.Contains("Concord:Identity:Issuer must be set", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_WhenIssuerRelative_FailsNamingTheIssuerSetting()
    {
        var failure = IdentityHost.StartupFailure(Settings(("Concord:Identity:Issuer", "identity/")));

        Assert.Contains("Concord:Identity:Issuer must be set", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_WhenHttpsRequiredButIssuerIsHttp_Fails()
    {
        var failure = IdentityHost.StartupFailure(Settings(("Concord:Identity:RequireHttps", null)));

        Assert.Contains("Concord:Identity:RequireHttps is true", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_WhenNoKeySourceConfigured_FailsNamingTheKeySettings()
    {
        var failure = IdentityHost.StartupFailure(Settings(("Concord:Identity:KeyDirectory", null)));

        Assert.Contains("Concord:Identity:KeyDirectory must be set", failure, StringComparison.Ordinal);
        Assert.Contains("SigningCertificatePath", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_WhenOnlySigningCertificateConfigured_FailsForWantOfAnEncryptionKey()
    {
        var failure = IdentityHost.StartupFailure(Settings(
            ("Concord:Identity:KeyDirectory", null), ("Concord:Identity:SigningCertificatePath", Path.Combine(_keyDirectory, "signing.pfx"))));

        Assert.Contains("Concord:Identity:KeyDirectory must be set", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_WhenAccessTokenLifetimeNotPositive_Fails()
    {
        var failure = IdentityHost.StartupFailure(Settings(("Concord:Identity:AccessTokenLifetime", "00:00:00")));

        Assert.Contains("AccessTokenLifetime must be positive", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_WhenConnectionStringMissing_FailsNamingIt()
    {
        var failure = IdentityHost.StartupFailure(Settings(("ConnectionStrings:identity", null)));

        Assert.Contains("ConnectionStrings:identity must be set", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_WhenKeyFileIsNotAKey_FailsInsteadOfReplacingIt()
    {
        var keyFile = Path.Combine(_keyDirectory, "signing-key.pem");
        File.WriteAllText(keyFile, "not a key");

        var failure = IdentityHost.StartupFailure(Settings());

        Assert.Contains("does not hold an RSA private key", failure, StringComparison.Ordinal);
        Assert.Equal("not a key", File.ReadAllText(keyFile));
    }

    private Dictionary<string, string?> Settings(params (string Key, string? Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:identity"] = "Host=127.0.0.1;Port=5432;Username=concord;Password=concord;Database=identity_never_created",
            ["Concord:Identity:Issuer"] = IdentityHost.Issuer,
            ["Concord:Identity:KeyDirectory"] = _keyDirectory,
            ["Concord:Identity:RequireHttps"] = "false",
        };
        foreach (var (key, value) in overrides)
        {
            if (value is null)
            {
                settings.Remove(key);
            }
            else
            {
                settings[key] = value;
            }
        }

        return settings;
    }
}
