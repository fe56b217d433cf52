using CtiPlatform.SampleService.Domain;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Tenancy;

namespace CtiPlatform.SampleService.Application;

/// <summary>A worker sees the notes she wrote; a team lead sees all of the municipality's. Others are absent (404).</summary>
internal static class NoteVisibility
{
    public static IQueryable<Note> VisibleTo(this IQueryable<Note> notes, TenantContext caller)
    {
        if (caller.Roles.Contains(Roles.TeamLead))
        {
            return notes;
        }

        var actor = caller.ActorId;
        return notes.Where(n => n.AuthorId == actor);
    }
}
