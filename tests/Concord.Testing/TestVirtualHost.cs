using System.Net.Http.Headers;
using System.Text;

namespace Concord.Testing;

/// <summary>
/// A RabbitMQ virtual host of its own for one test host, so tests running side by side never share an
/// exchange or a queue. Created and deleted through the broker's management API.
/// </summary>
public sealed class TestVirtualHost : IAsyncDisposable
{
    private static readonly HttpClient Management = CreateManagementClient();

    private TestVirtualHost(string name) => Name = name;

    public string Name { get; }

    /// <summary>The broker URI for <c>ConnectionStrings:rabbitmq</c>.</summary>
    public string ConnectionString =>
        $"amqp://{TestEnvironment.RabbitMqUser}:{TestEnvironment.RabbitMqPassword}@{TestEnvironment.RabbitMqHost}/{Name}";

    public static async Task<TestVirtualHost> CreateAsync(string prefix)
    {
        var host = new TestVirtualHost($"{prefix}-{Guid.NewGuid():N}");
        using (var response = await Management.PutAsync(new Uri($"api/vhosts/{host.Name}", UriKind.Relative), null))
        {
            response.EnsureSuccessStatusCode();
        }

        using var permissions = new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json");
        using (var response = await Management.PutAsync(new Uri($"api/permissions/{host.Name}/{TestEnvironment.RabbitMqUser}", UriKind.Relative), permissions))
        {
            response.EnsureSuccessStatusCode();
        }

        return host;
    }

    public async ValueTask DisposeAsync()
    {
        using var response = await Management.DeleteAsync(new Uri($"api/vhosts/{Name}", UriKind.Relative));
    }

    private static HttpClient CreateManagementClient()
    {
        var client = new HttpClient { BaseAddress = TestEnvironment.RabbitMqManagement, Timeout = TimeSpan.FromSeconds(30) };
        var credentials = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{TestEnvironment.RabbitMqUser}:{TestEnvironment.RabbitMqPassword}"));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        return client;
    }
}
