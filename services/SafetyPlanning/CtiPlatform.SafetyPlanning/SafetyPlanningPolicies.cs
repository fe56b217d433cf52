using CtiPlatform.ServiceDefaults.Security;

namespace CtiPlatform.SafetyPlanning;

/// <summary>The authorization policies of the safety planning API that combine roles, declared by <see cref="SafetyPlanningExtensions.AddSafetyPlanning"/>.</summary>
public static class SafetyPlanningPolicies
{
    /// <summary>Those who act on a course's safety: its worker and the team lead. The protected address itself is for the worker alone (<see cref="Policies.CtiWorker"/>).</summary>
    public const string SafetyStaff = "safety-staff";

    internal static void Add(IServiceCollection services) => services.AddRolePolicy(SafetyStaff, Roles.CtiWorker, Roles.TeamLead);
}
