using CtiPlatform.CourseTracking.Domain;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>A transition's checklist (code and Danish label) with its items, and whether every item is ticked.</summary>
public sealed record ChecklistView(ChecklistTransition Transition, string Label, bool Complete, IReadOnlyList<ChecklistItemView> Items);
