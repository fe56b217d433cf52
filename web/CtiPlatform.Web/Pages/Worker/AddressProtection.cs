namespace CtiPlatform.Web.Pages.Worker;

/// <summary>That her address is protected and how; never the address itself.</summary>
public sealed record AddressProtection(string KindLabel, DateOnly RegisteredOn, DateOnly? ExpiresOn, string? CprRegistration);
