using CtiPlatform.Domain;

namespace CtiPlatform.Workflows.Domain;

/// <summary>
/// Why a command on a course was refused; each names the invariant it protects. All are 409s: the course's state
/// forbids the command. Texts live in Resources/WorkflowTexts.resx under the rule's name.
/// </summary>
public static class CourseRefusal
{
    public static readonly Refusal CourseIsClosed = new(nameof(CourseIsClosed));
    public static readonly Refusal ContactPeriodNotStarted = new(nameof(ContactPeriodNotStarted));
    public static readonly Refusal ContactPeriodAlreadyStarted = new(nameof(ContactPeriodAlreadyStarted));
    public static readonly Refusal MoveInAlreadyRegistered = new(nameof(MoveInAlreadyRegistered));
    public static readonly Refusal MoveInInTheFuture = new(nameof(MoveInInTheFuture));
    public static readonly Refusal MoveInBeforeReferral = new(nameof(MoveInBeforeReferral));
    public static readonly Refusal MoveOutChangeAfterMoveIn = new(nameof(MoveOutChangeAfterMoveIn));
    public static readonly Refusal ExtensionOnlyInPhase3 = new(nameof(ExtensionOnlyInPhase3));
    public static readonly Refusal ExtensionLimitExceeded = new(nameof(ExtensionLimitExceeded));
    public static readonly Refusal CompletionIsByCalendar = new(nameof(CompletionIsByCalendar));
    public static readonly Refusal EndInTheFuture = new(nameof(EndInTheFuture));
    public static readonly Refusal EndBeforeCourseStart = new(nameof(EndBeforeCourseStart));

    /// <summary>Timers or other users changed the course under the command twice running; the user tries again.</summary>
    public static readonly Refusal ConcurrentChange = new(nameof(ConcurrentChange));
}
