namespace CtiPlatform.CourseTracking.Domain;

/// <summary>
/// The checklists exactly as the method manual lists them (seed 000, 2.1.4, 2.2.9, 2.3.4, 2.4.3; domain.md §4), as
/// data: the Danish and English texts are in the resources under <c>Checklist{Key}</c>. A municipality adds items of
/// its own; it cannot remove the method's.
/// </summary>
public static class MethodChecklists
{
    public static IReadOnlyList<ChecklistItem> Items { get; } =
    [
        new(ChecklistTransition.ContactPeriodEnd, "ContactMade"),
        new(ChecklistTransition.ContactPeriodEnd, "InformedAboutCti"),
        new(ChecklistTransition.ContactPeriodEnd, "ContactAgreed"),
        new(ChecklistTransition.IntoPhase2, "HousingEconomy"),
        new(ChecklistTransition.IntoPhase2, "CaseworkerOverview"),
        new(ChecklistTransition.IntoPhase2, "NeedsAssessed"),
        new(ChecklistTransition.IntoPhase2, "CtiPlanMade"),
        new(ChecklistTransition.IntoPhase2, "NetworkWorkStarted"),
        new(ChecklistTransition.IntoPhase2, "CoordinationWithServices"),
        new(ChecklistTransition.IntoPhase2, "MeetingsWithServices"),
        new(ChecklistTransition.IntoPhase2, "LocalOffersAndActivities"),
        new(ChecklistTransition.IntoPhase2, "JobCentreIfRelevant"),
        new(ChecklistTransition.IntoPhase3, "ActivitiesEvaluated"),
        new(ChecklistTransition.IntoPhase3, "CtiPlanAdjusted"),
        new(ChecklistTransition.Closure, "NetworkInPlace"),
        new(ChecklistTransition.Closure, "HandOverMeetingsHeld"),
        new(ChecklistTransition.Closure, "HandOverPlanMade"),
        new(ChecklistTransition.Closure, "LongTermResponsibility"),
    ];

    /// <summary>The method's items of <paramref name="transition"/> followed by the municipality's own.</summary>
    public static IReadOnlyList<ChecklistItem> For(ChecklistTransition transition, IEnumerable<ChecklistItem> municipal) =>
        [.. Items.Where(i => i.Transition == transition), .. municipal.Where(i => i.Transition == transition)];
}
