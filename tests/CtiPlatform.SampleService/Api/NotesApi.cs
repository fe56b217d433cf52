using CtiPlatform.Persistence;
using CtiPlatform.Persistence.AccessLogging;
using CtiPlatform.SampleService.Application;
using CtiPlatform.SampleService.Domain;
using CtiPlatform.SampleService.Persistence;
using CtiPlatform.SampleService.Resources;
using CtiPlatform.ServiceDefaults.Paging;
using CtiPlatform.ServiceDefaults.Problems;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.SampleService.Api;

/// <summary>Notes: the sample's one resource.</summary>
public static class NotesApi
{
    public const string Prefix = "/api/samples";

    public static IEndpointRouteBuilder MapNotesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(Prefix + "/notes").WithTags("Notes").RequireAuthorization(SamplePolicies.NoteStaff).WithUnitOfWork<SamplesDbContext>();
        api.MapPost("/", Write).Validates<NoteRequest>().WithName("WriteNote").WithSummary("Write a note");
        api.MapGet("/", List).Validates<PageRequest>().WithName("ListNotes").WithSummary("The notes the caller may see, a page at a time");
        api.MapGet("/{id:guid}", Read).WithName("ReadNote").WithSummary("One note (access-logged)");
        api.MapPost("/{id:guid}/archive", Archive).WithName("ArchiveNote").WithSummary("Archive a note");
        api.MapPost("/{id:guid}/archive-then-refuse", ArchiveThenRefuse)
            .WithName("ArchiveNoteThenRefuse").WithSummary("Test only: changes the note, then answers 409 through a Results union");
        routes.MapAccessLogApi<SamplesDbContext>(Prefix);
        routes.MapTenantSettingsApi<SamplesOptions, SampleSettings>(Prefix);
        return routes;
    }

    private static Results<Created<NoteView>, ProblemHttpResult> Write(NoteRequest request, NoteCommands notes)
    {
        var written = notes.Write(request.Text!);
        return written.Value is { } note
            ? TypedResults.Created($"{Prefix}/notes/{note.Id}", View(note))
            : written.Refusal!.ToProblem(SampleTexts.ResourceManager);
    }

    private static async Task<Ok<Page<NoteView>>> List(NoteQueries notes, [AsParameters] PageRequest page, CancellationToken ct) =>
        TypedResults.Ok((await notes.ListAsync(page, ct)).Map(View));

    private static async Task<Results<Ok<NoteView>, NotFound>> Read(Guid id, NoteQueries notes, CancellationToken ct) =>
        await notes.ReadAsync(id, ct) is { } note ? TypedResults.Ok(View(note)) : TypedResults.NotFound();

    private static async Task<Results<Ok<NoteView>, NotFound, ProblemHttpResult>> Archive(Guid id, NoteCommands notes, CancellationToken ct) =>
        (await notes.ArchiveAsync(id, ct)).ToOk(View, SampleTexts.ResourceManager);

    // Proves the unit of work judges a union by the result it wraps: the archive is applied and even saved inside the
    // transaction, then refused, so only the rollback keeps it out.
    private static async Task<Results<Ok<NoteView>, NotFound, ProblemHttpResult>> ArchiveThenRefuse(
        Guid id, NoteCommands notes, SamplesDbContext db, CancellationToken ct)
    {
        if ((await notes.ArchiveAsync(id, ct)).Value is null)
        {
            return TypedResults.NotFound();
        }

        await db.SaveChangesAsync(ct);
        return NoteRefusal.AlreadyArchived.ToProblem(SampleTexts.ResourceManager);
    }

    private static NoteView View(Note note) => new(note.Id, note.AuthorId, note.Text, note.Archived);
}
