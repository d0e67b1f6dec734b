using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
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

        await host.GrantAccessAsync();
        return host;
    }

    /// <summary>Lets the test user use the virtual host (again).</summary>
    public async Task GrantAccessAsync()
    {
        using var permissions = new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json");
        using var response = await Management.PutAsync(new Uri($"api/permissions/{Name}/{TestEnvironment.RabbitMqUser}", UriKind.Relative), permissions);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// A broker outage as the services on this virtual host see it: their connections are closed and every
    /// reconnection is refused until <see cref="GrantAccessAsync"/>. Queues and their messages survive, as they
    /// would a broker restart.
    /// </summary>
    public async Task RevokeAccessAsync()
    {
        using (var response = await Management.DeleteAsync(new Uri($"api/permissions/{Name}/{TestEnvironment.RabbitMqUser}", UriKind.Relative)))
        {
            response.EnsureSuccessStatusCode();
        }

        var connections = await Management.GetFromJsonAsync<List<ConnectionInfo>>(new Uri($"api/vhosts/{Name}/connections", UriKind.Relative)) ?? [];
        foreach (var connection in connections)
        {
            using var response = await Management.DeleteAsync(new Uri($"api/connections/{Uri.EscapeDataString(connection.Name)}", UriKind.Relative));
        }
    }

    /// <summary>How many messages wait in a queue of this virtual host.</summary>
    public async Task<int> QueueDepthAsync(string queue)
    {
        var info = await Management.GetFromJsonAsync<QueueInfo>(new Uri($"api/queues/{Name}/{queue}", UriKind.Relative));
        return info?.Messages ?? 0;
    }

    public async ValueTask DisposeAsync()
    {
        using var response = await Management.DeleteAsync(new Uri($"api/vhosts/{Name}", UriKind.Relative));
    }

    private sealed record ConnectionInfo([property: JsonPropertyName("name")] string Name);

    private sealed record QueueInfo([property: JsonPropertyName("messages")] int Messages);

    private static HttpClient CreateManagementClient()
    {
        var client = new HttpClient { BaseAddress = TestEnvironment.RabbitMqManagement, Timeout = TimeSpan.FromSeconds(30) };
        var credentials = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{TestEnvironment.RabbitMqUser}:{TestEnvironment.RabbitMqPassword}"));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        return client;
    }
}
