namespace CtiPlatform.Web.Pages.Worker;

/// <summary>A checklist item: its code and text, whether the municipality added it, and when and by whom it was ticked.</summary>
public sealed record ChecklistItem(string Key, string Text, bool Municipal, DateOnly? TickedOn, string? TickedBy)
{
    /// <summary>The path of its date field, unique on the page: the transition, the item, <c>tickedOn</c>.</summary>
    public string FieldPath(string transition) => $"{transition}.{Key}.tickedOn";
}
