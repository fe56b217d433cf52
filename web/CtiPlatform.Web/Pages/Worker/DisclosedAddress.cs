namespace CtiPlatform.Web.Pages.Worker;

/// <summary>The protected address, opened with a stated purpose: shown on that one answer and nowhere else.</summary>
public sealed record DisclosedAddress(string Address);
