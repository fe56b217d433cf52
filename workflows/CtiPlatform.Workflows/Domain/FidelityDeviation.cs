namespace CtiPlatform.Workflows.Domain;

/// <summary>Ways a course departs from the method's fidelity rules (domain.md §2); reported, never blocked.</summary>
public enum FidelityDeviation
{
    PhaseShorterThanSet,
    PhaseLongerThanSet,
    Extended,
    LongerThanNineMonths,
    MoveInNeverRegistered,

    /// <summary>She moved in before the contact period began, e.g. before the committee met: no contact period before phase 1.</summary>
    LateStart,

    /// <summary>The municipality's phase length, in force when she moved in, is not the method's three months (seed 003).</summary>
    PhaseLengthNotThreeMonths,

    /// <summary>The worker started the contact period more than four weeks before her expected move-out (seed 002, decision 416).</summary>
    EarlyContactStart,
}
