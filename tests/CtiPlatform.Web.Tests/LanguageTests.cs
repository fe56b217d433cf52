namespace CtiPlatform.Web.Tests;

/// <summary>
/// Every request is answered in its own language (Danish first, English for a browser that asks for it): a label read
/// once into a static list would answer every later user in the first user's language.
/// </summary>
[Collection(StandaloneWebCollection.Name)]
public sealed class LanguageTests(StandaloneWeb web)
{
    [Fact]
    public async Task The_log_in_page_answers_each_request_in_its_own_language_whichever_came_first()
    {
        using var client = new HttpClient { BaseAddress = web.Address };

        var english = await PageAsync(client, "en");
        var danish = await PageAsync(client, "da");
        var englishAgain = await PageAsync(client, "en");

        Assert.Contains(">Shelter<", english, StringComparison.Ordinal);
        Assert.Contains(">Krisecenter<", danish, StringComparison.Ordinal);
        Assert.DoesNotContain(">Krisecenter<", englishAgain, StringComparison.Ordinal);
    }

    private static async Task<string> PageAsync(HttpClient client, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/login");
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await client.SendAsync(request);
        return await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync();
    }
}
