using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Concord.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace Concord.Identity.Tests;

public sealed class SigningKeyTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create("identity_key_test");
    private readonly string _keyDirectory = Path.Combine(Directory.CreateTempSubdirectory("concord-identity-keys-").FullName, "keys");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(_keyDirectory)!, recursive: true);
    }

    [Fact]
    public async Task Host_WhenRestartedWithTheSameKeyDirectory_SignsWithTheSameKey()
    {
        var first = await IssueTokenAsync(IdentityHost.Settings(_database, _keyDirectory));
        var keyFile = await File.ReadAllTextAsync(Path.Combine(_keyDirectory, "signing-key.pem"));

        var second = await IssueTokenAsync(IdentityHost.Settings(_database, _keyDirectory));

        Assert.False(string.IsNullOrEmpty(first.Token.Kid));
        Assert.Equal(first.Token.Kid, second.Token.Kid);
        Assert.Equal(keyFile, await File.ReadAllTextAsync(Path.Combine(_keyDirectory, "signing-key.pem")));
        // Note: a token from before the restart still validates against the keys published after it.
        Assert.True((await ValidateAsync(first.Token, second.Keys)).IsValid);
    }

    [Fact]
    public async Task Host_WhenKeyDirectoryIsNew_CreatesOwnerOnlyPemKeyFiles()
    {
        await IssueTokenAsync(IdentityHost.Settings(_database, _keyDirectory));

        Assert.Equal(["encryption-key.pem", "signing-key.pem"], Directory.GetFiles(_keyDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", await File.ReadAllTextAsync(Path.Combine(_keyDirectory, "signing-key.pem")), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_keyDirectory, "signing-key.pem")));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_keyDirectory, "encryption-key.pem")));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_keyDirectory));
        }
    }

    [Fact]
    public async Task Host_WhenSigningCertificateConfigured_SignsWithTheCertificateKey()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Concord identity test signing", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        var pfx = Path.Combine(Path.GetDirectoryName(_keyDirectory)!, "signing.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "test-password"));
        var settings = IdentityHost.Settings(_database, _keyDirectory);
        settings["Concord:Identity:SigningCertificatePath"] = pfx;
        settings["Concord:Identity:SigningCertificatePassword"] = "test-password";

        var (token, _) = await IssueTokenAsync(settings);

        using var publicOnly = X509CertificateLoader.LoadCertificate(certificate.RawData);
        Assert.True((await ValidateAsync(token, [new X509SecurityKey(publicOnly)])).IsValid);
        Assert.False(File.Exists(Path.Combine(_keyDirectory, "signing-key.pem")), "No signing key is generated when a certificate signs.");
        Assert.True(File.Exists(Path.Combine(_keyDirectory, "encryption-key.pem")));
    }

    [Fact]
    public void Host_WhenSigningCertificatePasswordWrong_FailsToStart()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Concord identity test signing", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        var pfx = Path.Combine(Path.GetDirectoryName(_keyDirectory)!, "signing.pfx");
        File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pfx, "test-password"));
        var settings = IdentityHost.Settings(_database, _keyDirectory);
        settings["Concord:Identity:SigningCertificatePath"] = pfx;
        settings["Concord:Identity:SigningCertificatePassword"] = "wrong-password";

        var failure = IdentityHost.StartupFailure(settings);

        Assert.Contains("signing.pfx cannot be read", failure, StringComparison.Ordinal);
    }

    private static async Task<(JsonWebToken Token, IList<SecurityKey> Keys)> IssueTokenAsync(Dictionary<string, string?> settings)
    {
        await using var factory = IdentityHost.Create(settings);
        using var http = factory.CreateClient();
        var token = await TokenClient.AccessTokenAsync(http, DemoClients.BankAlpha.Id, DemoClients.BankAlpha.Secret, DemoClients.BankAlpha.Scope);
        return (token, await TokenClient.PublishedSigningKeysAsync(http));
    }

    private static Task<TokenValidationResult> ValidateAsync(JsonWebToken token, IList<SecurityKey> keys) =>
        new JsonWebTokenHandler().ValidateTokenAsync(token.EncodedToken, new TokenValidationParameters
        {
            ValidIssuer = IdentityHost.Issuer,
            ValidAudience = "concord-bank-gateway",
            IssuerSigningKeys = keys,
        });
}
