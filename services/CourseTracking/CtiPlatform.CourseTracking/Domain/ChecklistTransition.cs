namespace CtiPlatform.CourseTracking.Domain;

/// <summary>The four transitions the method's checklists (tjeklister) belong to; stored by name.</summary>
public enum ChecklistTransition
{
    /// <summary>End of the contact period (seed 000, 2.1.4).</summary>
    ContactPeriodEnd = 0,

    /// <summary>Into phase 2 (2.2.9).</summary>
    IntoPhase2 = 1,

    /// <summary>Into phase 3 (2.3.4).</summary>
    IntoPhase3 = 2,

    /// <summary>Closure of the course (2.4.3).</summary>
    Closure = 3,
}
