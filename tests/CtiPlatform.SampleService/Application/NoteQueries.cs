using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.Persistence.Paging;
using CtiPlatform.SampleService.Domain;
using CtiPlatform.SampleService.Persistence;
using CtiPlatform.ServiceDefaults.Paging;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.SampleService.Application;

/// <summary>Reads notes as the caller may see them; reading one is access-logged.</summary>
internal sealed class NoteQueries(SamplesDbContext db, TenantContext caller, IAccessLog accessLog)
{
    /// <summary>How the access log names a note.</summary>
    public const string Subject = "note";

    public Task<Page<Note>> ListAsync(PageRequest page, CancellationToken ct) =>
        db.Notes.AsNoTracking().VisibleTo(caller).ToPageAsync(n => n.Id, page, ct);

    public async Task<Note?> ReadAsync(Guid id, CancellationToken ct)
    {
        var note = await db.Notes.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(n => n.Id == id, ct);
        if (note is not null)
        {
            accessLog.Record(Subject, id.ToString(), AccessAction.Read, AccessPurposes.ForReader(caller));
        }

        return note;
    }
}
