using CtiPlatform.Persistence;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Foundation.Tests.SampleService;

public static class NotesApi
{
    public static void MapNotesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/notes").RequireAuthorization(Policies.CtiWorker).WithUnitOfWork<NotesDbContext>();
        api.MapPost("/", CreateNote).Validates<NoteRequest>();
        api.MapGet("/{id:guid}", GetNote);
        api.MapGet("/", ListNotes);
        api.MapPost("/failing", CreateNoteThenFail);
        routes.MapAccessLogApi<NotesDbContext>("/api/notes");
    }

    private static Created<Note> CreateNote(NoteRequest request, NotesDbContext db, TenantContext tenant, IAccessLog accessLog)
    {
        var note = new Note { Id = Guid.NewGuid(), TenantId = tenant.RequiredTenantId, Text = request.Text! };
        db.Notes.Add(note);
        accessLog.Record("note", note.Id.ToString(), AccessAction.Change, "test");
        return TypedResults.Created($"/api/notes/{note.Id}", note);
    }

    private static async Task<Results<Ok<Note>, NotFound>> GetNote(Guid id, NotesDbContext db, IAccessLog accessLog, CancellationToken ct)
    {
        var note = await db.Notes.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, ct);
        if (note is null)
        {
            return TypedResults.NotFound();
        }

        accessLog.Record("note", id.ToString(), AccessAction.Read, "case-handling");
        return TypedResults.Ok(note);
    }

    private static async Task<Ok<Note[]>> ListNotes(NotesDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Notes.AsNoTracking().ToArrayAsync(ct));

    private static async Task<Conflict> CreateNoteThenFail(NotesDbContext db, TenantContext tenant, CancellationToken ct)
    {
        db.Notes.Add(new Note { Id = Guid.NewGuid(), TenantId = tenant.RequiredTenantId, Text = "half-written" });
        await db.SaveChangesAsync(ct);
        return TypedResults.Conflict();
    }
}
