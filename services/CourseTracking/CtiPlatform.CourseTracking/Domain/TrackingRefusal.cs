using CtiPlatform.Domain;

namespace CtiPlatform.CourseTracking.Domain;

/// <summary>Why a course tracking command was refused; texts in Resources/CourseTrackingTexts.resx under the rule's name.</summary>
public static class TrackingRefusal
{
    /// <summary>The course has closed: nothing more is planned in it.</summary>
    public static readonly Refusal CourseClosed = new(nameof(CourseClosed));

    public static readonly Refusal MeetingInThePast = new(nameof(MeetingInThePast), "date");

    /// <summary>The Danish local time does not exist: the clocks skip it when summer time begins.</summary>
    public static readonly Refusal TimeDoesNotExist = new(nameof(TimeDoesNotExist), "time");

    public static readonly Refusal MeetingAlreadyAtThatTime = new(nameof(MeetingAlreadyAtThatTime), "time");

    /// <summary>Only a planned meeting is moved, cancelled, held or missed.</summary>
    public static readonly Refusal MeetingNotPlanned = new(nameof(MeetingNotPlanned));

    /// <summary>A meeting is held or missed once it has begun.</summary>
    public static readonly Refusal MeetingNotYetDue = new(nameof(MeetingNotYetDue));

    public static readonly Refusal ContactInTheFuture = new(nameof(ContactInTheFuture), "date");

    /// <summary>An item is ticked on a day that has come.</summary>
    public static readonly Refusal TickInTheFuture = new(nameof(TickInTheFuture), "tickedOn");

    /// <summary>A plan has one to three focus areas.</summary>
    public static readonly Refusal FocusAreaCount = new(nameof(FocusAreaCount), "focusAreas");

    public static readonly Refusal ThemeChosenTwice = new(nameof(ThemeChosenTwice), "focusAreas");

    /// <summary>The children theme is for women with children: her worker registers that first.</summary>
    public static readonly Refusal ChildrenThemeWithoutChildren = new(nameof(ChildrenThemeWithoutChildren), "focusAreas");

    /// <summary>A phase is documented once it has begun.</summary>
    public static readonly Refusal PhaseNotReached = new(nameof(PhaseNotReached), "phase");

    /// <summary>A phase's documentation is a status per focus area of its CTI plan: there must be a plan.</summary>
    public static readonly Refusal NoPlanToDocument = new(nameof(NoPlanToDocument), "phase");

    /// <summary>The statuses name each focus area of the phase's plan once, and no other.</summary>
    public static readonly Refusal StatusPerFocusArea = new(nameof(StatusPerFocusArea), "statuses");

    public static readonly Refusal NotesTooLong = new(nameof(NotesTooLong), "notes");

    /// <summary>The compass is scored on a day that has come.</summary>
    public static readonly Refusal AssessmentInTheFuture = new(nameof(AssessmentInTheFuture), "assessedOn");

    /// <summary>The end of a phase is scored once that phase has begun.</summary>
    public static readonly Refusal CompassOccasionNotReached = new(nameof(CompassOccasionNotReached), "occasion");

    /// <summary>The outcome is recorded once the course has closed.</summary>
    public static readonly Refusal CourseNotClosed = new(nameof(CourseNotClosed));

    /// <summary>Children's outcomes are for women with children: her worker registers that first.</summary>
    public static readonly Refusal ChildrenOutcomeWithoutChildren = new(nameof(ChildrenOutcomeWithoutChildren), "childrenInDayCareOrSchool");

    /// <summary>For a woman with children, whether they are in day care or school is part of the outcome.</summary>
    public static readonly Refusal ChildrenOutcomeMissing = new(nameof(ChildrenOutcomeMissing), "childrenInDayCareOrSchool");

    /// <summary>The follow-up a year after closure is answered once it is due.</summary>
    public static readonly Refusal FollowUpNotDue = new(nameof(FollowUpNotDue));

    public static readonly Refusal FollowUpAlreadyAnswered = new(nameof(FollowUpAlreadyAnswered));

    /// <summary>The name or a number matches a person on her never-contact list: saved only when the worker confirms the warning.</summary>
    public static readonly Refusal NeverContactWarning = new(nameof(NeverContactWarning));
}
