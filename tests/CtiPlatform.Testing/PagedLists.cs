using System.Net.Http.Json;
using System.Text.Json;
using CtiPlatform.ServiceDefaults.Paging;

namespace CtiPlatform.Testing;

/// <summary>Reads every page of a list endpoint by following its cursors, as a client would.</summary>
public static class PagedLists
{
    /// <summary>All items of <paramref name="path"/>, and how many pages it took, at <paramref name="limit"/> items a page.</summary>
    public static async Task<(List<T> Items, int Pages)> AllAsync<T>(HttpClient client, string path, JsonSerializerOptions json, int limit = PageRequest.DefaultLimit)
    {
        var items = new List<T>();
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await client.GetFromJsonAsync<Page<T>>(
                $"{path}{separator}limit={limit}" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"), json);
            items.AddRange(page!.Items);
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null);

        return (items, pages);
    }
}
