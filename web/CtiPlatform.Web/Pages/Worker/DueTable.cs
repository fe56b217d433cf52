namespace CtiPlatform.Web.Pages.Worker;

/// <summary>A list of due work drawn as one table by <c>_DueItems</c>, under its caption.</summary>
public sealed record DueTable(string Caption, IReadOnlyList<DueItem> Items);
