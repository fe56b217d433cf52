namespace CtiPlatform.Workflows.Domain;

/// <summary>Where a course is in the CTI method (domain.md §2). Stored by name, so members may be reordered but never renamed.</summary>
public enum CourseStage
{
    /// <summary>Approved, but more than four weeks before her expected move-out (<i>afventer start</i>).</summary>
    AwaitingStart,

    /// <summary><i>Kontaktskabelsesperiode</i>: until her move-in is registered.</summary>
    ContactPeriod,

    Phase1,
    Phase2,
    Phase3,

    /// <summary><i>Afsluttet</i>: completed after phase 3 or ended early with a reason.</summary>
    Closed,
}
