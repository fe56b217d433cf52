namespace CtiPlatform.Web.Gateway;

/// <summary>One page of a service's list (decision 015): its items and the cursor of the next page, null on the last.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, string? NextCursor);
