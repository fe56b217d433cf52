using System.Net.Http.Headers;
using System.Text;

namespace CtiPlatform.Testing;

/// <summary>
/// One fresh RabbitMQ virtual host per test run (per test process), so runs never see each other's queues.
/// It is deleted when the process exits.
/// </summary>
public static class RabbitMqVirtualHost
{
    private static readonly Lazy<Task<Uri>> Created = new(CreateAsync);

    /// <summary>The AMQP address of this run's virtual host, with credentials.</summary>
    public static Task<Uri> AddressAsync() => Created.Value;

    private static async Task<Uri> CreateAsync()
    {
        var name = $"cti-test-{Environment.ProcessId}-{Guid.NewGuid():N}"[..32];
        using var http = ManagementClient();
        var user = Uri.UnescapeDataString(TestInfrastructure.RabbitMq.UserInfo.Split(':')[0]);
        (await http.PutAsync($"api/vhosts/{name}", null)).EnsureSuccessStatusCode();
        (await http.PutAsync($"api/permissions/{name}/{user}",
            new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            using var cleanup = ManagementClient();
            cleanup.DeleteAsync($"api/vhosts/{name}").GetAwaiter().GetResult();
        };
        return new UriBuilder(TestInfrastructure.RabbitMq) { Path = "/" + name }.Uri;
    }

    private static HttpClient ManagementClient()
    {
        var management = TestInfrastructure.RabbitMqManagement;
        var http = new HttpClient { BaseAddress = new UriBuilder(management) { UserName = "", Password = "" }.Uri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(management.UserInfo))));
        return http;
    }
}
