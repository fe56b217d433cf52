using System.Net.Http.Headers;
using System.Text;
using CtiPlatform.Testing;

namespace CtiPlatform.Workflows.Tests.Infrastructure;

/// <summary>A RabbitMQ virtual host for one test, so one test's queued timers and events never reach another's database.</summary>
public sealed class TestVirtualHost : IAsyncDisposable
{
    private readonly string name;

    private TestVirtualHost(string name, Uri address)
    {
        this.name = name;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<TestVirtualHost> CreateAsync()
    {
        var name = $"cti-wf-{Guid.NewGuid():N}";
        using var http = ManagementClient();
        var user = Uri.UnescapeDataString(TestInfrastructure.RabbitMq.UserInfo.Split(':')[0]);
        (await http.PutAsync($"api/vhosts/{name}", null)).EnsureSuccessStatusCode();
        (await http.PutAsync($"api/permissions/{name}/{user}",
            new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        return new TestVirtualHost(name, new UriBuilder(TestInfrastructure.RabbitMq) { Path = "/" + name }.Uri);
    }

    public async ValueTask DisposeAsync()
    {
        using var http = ManagementClient();
        await http.DeleteAsync($"api/vhosts/{name}");
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
