using CtiPlatform.ServiceDefaults.Security;

namespace CtiPlatform.SampleService;

/// <summary>The sample's own policy, declared by <see cref="SamplesExtensions.AddSamples"/>.</summary>
public static class SamplePolicies
{
    /// <summary>Workers write notes; team leads read them all.</summary>
    public const string NoteStaff = "note-staff";

    internal static void Add(IServiceCollection services) => services.AddRolePolicy(NoteStaff, Roles.CtiWorker, Roles.TeamLead);
}
