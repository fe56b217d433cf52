using System.Net;
using System.Net.Http.Json;
using CtiPlatform.Notifications.Api;
using CtiPlatform.ServiceDefaults.Paging;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;

namespace CtiPlatform.Notifications.Tests;

/// <summary>One caller of the notifications API over real HTTP.</summary>
public sealed class NotificationsClient(ServiceHost host, string subject, string role = Roles.CtiWorker, string tenant = TestTokens.TenantA) : IDisposable
{
    private readonly HttpClient http = host.Client(role, tenant, subject: subject);

    public string Subject => subject;

    public Task<HttpResponseMessage> PutPreferenceAsync(object body) => http.PutAsJsonAsync("/api/notifications/preferences", body);

    public async Task WantsEmailAtAsync(string email)
    {
        using var response = await PutPreferenceAsync(new { emailWanted = true, email });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync("/api/notifications" + path);

    public Task<HttpResponseMessage> MarkReadAsync(Guid id) => http.PostAsync($"/api/notifications/inbox/{id}/read", null);

    public async Task<IReadOnlyList<InboxEntryView>> InboxAsync() =>
        (await http.GetFromJsonAsync<Page<InboxEntryView>>("/api/notifications/inbox?limit=200", TestJson.Options))!.Items;

    public async Task<int> UnreadAsync() =>
        (await http.GetFromJsonAsync<UnreadCountView>("/api/notifications/inbox/unread-count", TestJson.Options))!.Unread;

    public async Task<IReadOnlyList<DeliveryView>> DeliveriesAsync() =>
        (await http.GetFromJsonAsync<Page<DeliveryView>>("/api/notifications/deliveries?limit=200", TestJson.Options))!.Items;

    /// <summary>Waits until the inbox holds an entry about <paramref name="courseId"/>.</summary>
    public async Task<InboxEntryView> EntryAboutAsync(Guid courseId) =>
        (await Eventually.Until(InboxAsync, entries => entries.Any(e => e.CourseId == courseId), TimeSpan.FromSeconds(30), $"an inbox entry about {courseId}"))
        .Single(e => e.CourseId == courseId);

    /// <summary>Waits until her deliveries are all in a final state and returns them.</summary>
    public Task<IReadOnlyList<DeliveryView>> SettledDeliveriesAsync(int count) =>
        Eventually.Until(DeliveriesAsync, d => d.Count == count && d.All(x => x.State is "Sent" or "Failed" or "Cancelled"), TimeSpan.FromSeconds(30), $"{count} settled deliveries of {subject}");

    public void Dispose() => http.Dispose();
}
