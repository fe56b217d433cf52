using Microsoft.AspNetCore.Mvc;

namespace CtiPlatform.ServiceDefaults.Paging;

/// <summary>
/// The query parameters of every list endpoint, bound with <c>[AsParameters]</c>: <c>limit</c> (1–<see cref="MaxLimit"/>,
/// default <see cref="DefaultLimit"/>) and <c>cursor</c>, the opaque <see cref="Page{T}.NextCursor"/> of the page before.
/// </summary>
// The names are given so the OpenAPI document shows the query parameters as clients send them.
public sealed record PageRequest([FromQuery(Name = "limit")] int? Limit, [FromQuery(Name = "cursor")] string? Cursor)
{
    public const int DefaultLimit = 50;

    public const int MaxLimit = 200;

    public int Size => Limit ?? DefaultLimit;
}
