namespace CtiPlatform.Web.Pages.Worker;

/// <summary>A hand-over meeting: when, with whom, and whether it lies after the deadline a month before the end.</summary>
public sealed record HandOverMeeting(DateOnly Date, string With, bool Late);
