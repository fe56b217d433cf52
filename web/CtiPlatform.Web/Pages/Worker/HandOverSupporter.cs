namespace CtiPlatform.Web.Pages.Worker;

/// <summary>Who supports her with what after CTI: a person or an organisation.</summary>
public sealed record HandOverSupporter(string Kind, string KindLabel, string Name, string HelpsWith);
