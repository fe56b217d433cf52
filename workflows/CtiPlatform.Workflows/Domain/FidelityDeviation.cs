namespace CtiPlatform.Workflows.Domain;

/// <summary>Ways a course departs from the method's fidelity rules (domain.md §2); reported, never blocked.</summary>
public enum FidelityDeviation
{
    PhaseShorterThanSet,
    PhaseLongerThanSet,
    Extended,
    LongerThanNineMonths,
    MoveInNeverRegistered,
}
