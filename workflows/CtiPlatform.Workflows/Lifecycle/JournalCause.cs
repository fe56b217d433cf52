namespace CtiPlatform.Workflows.Lifecycle;

/// <summary>What made a course change: its calendar, a person (named by the entry's actor) or a message from another service.</summary>
public enum JournalCause
{
    Timer,
    User,
    Event,
}
