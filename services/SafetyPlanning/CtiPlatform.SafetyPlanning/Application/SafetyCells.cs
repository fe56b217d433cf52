using CtiPlatform.Persistence.Protection;

namespace CtiPlatform.SafetyPlanning.Application;

/// <summary>Where each sealed value lives, bound into its ciphertext so it opens nowhere else.</summary>
internal static class SafetyCells
{
    public static ProtectedCell Address(string tenantId, Guid courseId) => new(tenantId, "protected_addresses", "sealed_address", courseId.ToString());

    public static ProtectedCell PlanSections(string tenantId, Guid versionId) => new(tenantId, "safety_plan_versions", "sealed_sections", versionId.ToString());

    public static ProtectedCell VisitNote(string tenantId, Guid courseId) => new(tenantId, "visit_precautions", "sealed_note", courseId.ToString());

    public static ProtectedCell RiskDetails(string tenantId, Guid assessmentId) => new(tenantId, "risk_assessments", "sealed_details", assessmentId.ToString());

    public static ProtectedCell NeverContactDetails(string tenantId, Guid personId) => new(tenantId, "never_contact_people", "sealed_details", personId.ToString());

    public static ProtectedCell NeverContactRemovalReason(string tenantId, Guid personId) =>
        new(tenantId, "never_contact_people", "sealed_removal_reason", personId.ToString());

    public static ProtectedCell LiftReason(string tenantId, Guid stopId) => new(tenantId, "contact_stops", "sealed_lift_reason", stopId.ToString());
}
