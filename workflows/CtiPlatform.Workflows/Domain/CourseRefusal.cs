namespace CtiPlatform.Workflows.Domain;

/// <summary>Why a command was refused; each names the invariant it protects. Texts live in Resources/Texts.resx.</summary>
public enum CourseRefusal
{
    CourseIsClosed,
    ContactPeriodNotStarted,
    MoveInAlreadyRegistered,
    MoveInInTheFuture,
    MoveInBeforeContactPeriod,
    MoveOutChangeAfterMoveIn,
    ExtensionOnlyInPhase3,
    ExtensionLimitExceeded,
    CompletionIsByCalendar,
}
