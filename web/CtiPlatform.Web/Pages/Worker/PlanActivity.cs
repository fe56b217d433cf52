namespace CtiPlatform.Web.Pages.Worker;

/// <summary>An activity of a focus area: what, who does it (code and label, the network person's role when one does) and its status.</summary>
public sealed record PlanActivity(string Description, string Responsible, string ResponsibleLabel, string? NetworkPerson, string Status, string StatusLabel);
