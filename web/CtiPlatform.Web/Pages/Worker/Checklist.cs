namespace CtiPlatform.Web.Pages.Worker;

/// <summary>A transition's checklist (code and Danish label), its items, and whether every one is ticked.</summary>
public sealed record Checklist(string Transition, string Label, bool Complete, IReadOnlyList<ChecklistItem> Items);
