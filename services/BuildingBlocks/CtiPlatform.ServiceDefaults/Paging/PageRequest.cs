namespace CtiPlatform.ServiceDefaults.Paging;

/// <summary>
/// The query parameters of every list endpoint, bound with <c>[AsParameters]</c>: <c>limit</c> (1–<see cref="MaxLimit"/>,
/// default <see cref="DefaultLimit"/>) and <c>cursor</c>, the opaque <see cref="Page{T}.NextCursor"/> of the page before.
/// </summary>
public sealed record PageRequest(int? Limit, string? Cursor)
{
    public const int DefaultLimit = 50;

    public const int MaxLimit = 200;

    public int Size => Limit ?? DefaultLimit;
}
