namespace CtiPlatform.Workflows.Api;

public sealed record ExtensionView(int Months, string Reason, DateOnly DecidedOn, string DecidedBy);
