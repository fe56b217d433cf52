using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CtiPlatform.Testing;

/// <summary>
/// A RabbitMQ virtual host for one test, so queues named after consumers (<c>change-committed</c>) never carry
/// another test's messages into this test's database.
/// </summary>
public sealed class IsolatedVirtualHost : IAsyncDisposable
{
    private readonly string name;
    private readonly List<string> serviceUsers = [];

    private IsolatedVirtualHost(string name, Uri address)
    {
        this.name = name;
        Address = address;
    }

    /// <summary>The AMQP address with credentials and this virtual host.</summary>
    public Uri Address { get; }

    public static async Task<IsolatedVirtualHost> CreateAsync()
    {
        var name = $"cti-msg-{Guid.NewGuid():N}";
        using var http = ManagementClient();
        var user = Uri.UnescapeDataString(TestInfrastructure.RabbitMq.UserInfo.Split(':')[0]);
        (await http.PutAsync($"api/vhosts/{name}", null)).EnsureSuccessStatusCode();
        (await http.PutAsync($"api/permissions/{name}/{user}",
            new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        return new IsolatedVirtualHost(name, new UriBuilder(TestInfrastructure.RabbitMq) { Path = "/" + name }.Uri);
    }

    /// <summary>
    /// This virtual host's address as <paramref name="service"/>'s own broker user, with exactly the permissions
    /// deployments grant it (<c>charts/cti-platform/broker-permissions.json</c>, the one definition compose provisions
    /// from and the chart documents). The user is this virtual host's own and is deleted with it.
    /// </summary>
    public async Task<Uri> ServiceAddressAsync(string service)
    {
        var permissions = BrokerPermissions.Of(service);
        var user = $"{name}-{service}";
        var password = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        using var http = ManagementClient();
        (await http.PutAsync($"api/users/{user}", Json(new { password, tags = "" }))).EnsureSuccessStatusCode();
        serviceUsers.Add(user);
        (await http.PutAsync($"api/permissions/{name}/{user}", Json(new { configure = permissions.Configure, write = permissions.Write, read = permissions.Read })))
            .EnsureSuccessStatusCode();
        return new UriBuilder(Address) { UserName = user, Password = password }.Uri;
    }

    /// <summary>The management API's view of <paramref name="queue"/> (ready, unacknowledged, consumers), for failure messages.</summary>
    public async Task<string> DescribeQueueAsync(string queue)
    {
        using var http = ManagementClient();
        var response = await http.GetAsync($"api/queues/{name}/{queue}?columns=messages_ready,messages_unacknowledged,consumers");
        return $"{queue}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
    }

    /// <summary>How many consumers <paramref name="queue"/> has: one once a service's receive endpoint is fully bound.</summary>
    public Task<int> ConsumerCountAsync(string queue) => QueueStatisticAsync(queue, "consumers");

    private async Task<int> QueueStatisticAsync(string queue, string column)
    {
        using var http = ManagementClient();
        var response = await http.GetAsync($"api/queues/{name}/{queue}?columns={column}");
        if (!response.IsSuccessStatusCode)
        {
            return 0;
        }

        // Right after the queue is declared the management API may still answer with an empty listing.
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object && json.RootElement.TryGetProperty(column, out var value)
            ? value.GetInt32()
            : 0;
    }

    /// <summary>
    /// The messages <paramref name="queue"/> holds (up to 20), each as the management API shows it (<c>properties.headers</c>,
    /// <c>payload</c>); they stay in the queue. Answers at once, where <see cref="MessageCountAsync"/> lags by a sample.
    /// </summary>
    public async Task<IReadOnlyList<JsonElement>> PeekAsync(string queue)
    {
        using var http = ManagementClient();
        var response = await http.PostAsync($"api/queues/{name}/{queue}/get",
            new StringContent("""{"count":20,"ackmode":"ack_requeue_true","encoding":"auto"}""", Encoding.UTF8, "application/json"));
        if (!response.IsSuccessStatusCode)
        {
            return [];
        }

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.EnumerateArray().Select(m => m.Clone())];
    }

    /// <summary>How many messages <paramref name="queue"/> holds, as the management API last sampled it (every few seconds).</summary>
    public Task<int> MessageCountAsync(string queue) => QueueStatisticAsync(queue, "messages");

    /// <summary>The same virtual host reached through another port (a proxy in front of the broker).</summary>
    public Uri Through(int port) => new UriBuilder(Address) { Port = port }.Uri;

    public async ValueTask DisposeAsync()
    {
        using var http = ManagementClient();
        await http.DeleteAsync($"api/vhosts/{name}");
        foreach (var user in serviceUsers)
        {
            await http.DeleteAsync($"api/users/{user}");
        }
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static HttpClient ManagementClient()
    {
        var management = TestInfrastructure.RabbitMqManagement;
        var http = new HttpClient { BaseAddress = new UriBuilder(management) { UserName = "", Password = "" }.Uri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(management.UserInfo))));
        return http;
    }
}
