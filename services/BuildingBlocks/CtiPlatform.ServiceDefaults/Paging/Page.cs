namespace CtiPlatform.ServiceDefaults.Paging;

/// <summary>
/// One page of a list in a stable order. <see cref="NextCursor"/> fetches the page after it (pass it as <c>cursor</c>),
/// and is null on the last page.
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor)
{
    /// <summary>The same page with each item mapped by <paramref name="view"/>.</summary>
    public Page<TView> Map<TView>(Func<T, TView> view) => new(Items.Select(view).ToList(), NextCursor);
}
