namespace CtiPlatform.Web.Pages.TeamLead;

/// <summary>A fidelity flag as the board shows it: its Danish label and the phase it concerns, if one.</summary>
public sealed record BoardFlag(string Label, int? Phase);
