using CtiPlatform.Domain;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.SampleService.Domain;
using CtiPlatform.SampleService.Persistence;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CtiPlatform.SampleService.Application;

/// <summary>Writing and archiving notes. Nothing here saves: the request's unit of work does, on success only.</summary>
internal sealed class NoteCommands(SamplesDbContext db, TenantContext caller, IOptions<SamplesOptions> options, IAccessLog accessLog)
{
    public Outcome<Note> Write(string text)
    {
        var written = Note.Write(Guid.CreateVersion7(), caller.RequiredTenantId, caller.ActorId!, text, options.Value.For(caller.RequiredTenantId).MaxNoteLength);
        if (written.Value is { } note)
        {
            db.Notes.Add(note);
            accessLog.Record(NoteQueries.Subject, note.Id.ToString(), AccessAction.Change, AccessPurposes.CaseHandling);
        }

        return written;
    }

    /// <summary>Archives a note; deliberately without an access-log line, so a test shows the change is saved all the same.</summary>
    public async Task<Outcome<Note>> ArchiveAsync(Guid id, CancellationToken ct)
    {
        var note = await db.Notes.VisibleTo(caller).SingleOrDefaultAsync(n => n.Id == id, ct);
        if (note is null)
        {
            return Outcome<Note>.NotFound;
        }

        return note.Archive() is { } refusal ? refusal : note;
    }
}
