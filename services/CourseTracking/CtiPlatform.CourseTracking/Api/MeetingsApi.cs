using CtiPlatform.CourseTracking.Application;
using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Persistence;
using CtiPlatform.CourseTracking.Resources;
using CtiPlatform.Domain;
using CtiPlatform.Persistence;
using CtiPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// A course's planned meetings, unplanned contacts and contact intensity. Planning, moving and cancelling publish
/// <c>MeetingPlanned</c>, <c>MeetingMoved</c> and <c>MeetingCancelled</c> through the outbox (ids and time only). A course
/// or meeting the caller may not see answers 404.
/// </summary>
public static class MeetingsApi
{
    public static IEndpointRouteBuilder MapMeetingsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(TrackedCoursesApi.Prefix + "/courses/{courseId:guid}").RequireAuthorization(CourseTrackingPolicies.CourseStaff)
            .WithUnitOfWork<CourseTrackingDbContext>().WithTags("Meetings and contacts");
        api.MapGet("/meetings", ListMeetings).WithName("ListMeetings").WithSummary("The course's meetings in time order, with notes (access-logged)");
        api.MapPost("/meetings", PlanMeeting).Validates<PlanMeetingRequest>()
            .WithName("PlanMeeting").WithSummary("Plan a meeting on a Danish local date and time; publishes MeetingPlanned");
        api.MapPost("/meetings/{meetingId:guid}/move", MoveMeeting).Validates<MoveMeetingRequest>()
            .WithName("MoveMeeting").WithSummary("Move a planned meeting; publishes MeetingMoved");
        api.MapPost("/meetings/{meetingId:guid}/cancel", CancelMeeting).WithName("CancelMeeting").WithSummary("Cancel a planned meeting; publishes MeetingCancelled");
        api.MapPost("/meetings/{meetingId:guid}/held", RecordHeld).Validates<MeetingOutcomeRequest>()
            .WithName("RecordMeetingHeld").WithSummary("Record that a meeting was held, with its length and notes");
        api.MapPost("/meetings/{meetingId:guid}/missed", RecordMissed).Validates<MeetingOutcomeRequest>()
            .WithName("RecordMeetingMissed").WithSummary("Record that a meeting was missed");
        api.MapGet("/contacts", ListContacts).WithName("ListContacts").WithSummary("The course's unplanned contacts in time order, with notes (access-logged)");
        api.MapPost("/contacts", RecordContact).Validates<RecordContactRequest>()
            .WithName("RecordContact").WithSummary("Register an unplanned contact that has happened");
        api.MapGet("/intensity", GetIntensity).WithName("GetContactIntensity")
            .WithSummary("Time spent with her per period against the method's falling 4:2:1 intensity");
        return routes;
    }

    private static async Task<Results<Ok<IReadOnlyList<MeetingView>>, NotFound>> ListMeetings(Guid courseId, MeetingQueries queries, MeetingNotes notes, CancellationToken ct) =>
        await queries.MeetingsAsync(courseId, ct) is { } meetings
            ? TypedResults.Ok<IReadOnlyList<MeetingView>>(meetings.Select(m => View(m, notes)).ToList())
            : TypedResults.NotFound();

    private static async Task<Results<Created<MeetingView>, NotFound, ProblemHttpResult>> PlanMeeting(
        Guid courseId, PlanMeetingRequest request, MeetingCommands commands, MeetingNotes notes, CancellationToken ct)
    {
        var planned = await commands.PlanAsync(
            courseId, request.Kind!.Value, request.Date!.Value, request.Time!.Value, request.DurationMinutes!.Value, request.Notes, ct);
        return planned.ToCreated(
            meeting => $"{TrackedCoursesApi.Prefix}/courses/{courseId}/meetings/{meeting.Id}", meeting => View(meeting, notes), CourseTrackingTexts.ResourceManager);
    }

    private static async Task<Results<Ok<MeetingView>, NotFound, ProblemHttpResult>> MoveMeeting(
        Guid courseId, Guid meetingId, MoveMeetingRequest request, MeetingCommands commands, MeetingNotes notes, CancellationToken ct) =>
        (await commands.MoveAsync(courseId, meetingId, request.Date!.Value, request.Time!.Value, ct)).ToOk(m => View(m, notes), CourseTrackingTexts.ResourceManager);

    private static async Task<Results<Ok<MeetingView>, NotFound, ProblemHttpResult>> CancelMeeting(
        Guid courseId, Guid meetingId, MeetingCommands commands, MeetingNotes notes, CancellationToken ct) =>
        (await commands.CancelAsync(courseId, meetingId, ct)).ToOk(m => View(m, notes), CourseTrackingTexts.ResourceManager);

    private static async Task<Results<Ok<MeetingView>, NotFound, ProblemHttpResult>> RecordHeld(
        Guid courseId, Guid meetingId, MeetingOutcomeRequest request, MeetingCommands commands, MeetingNotes notes, CancellationToken ct) =>
        (await commands.RecordHeldAsync(courseId, meetingId, request.DurationMinutes, request.Notes, ct)).ToOk(m => View(m, notes), CourseTrackingTexts.ResourceManager);

    private static async Task<Results<Ok<MeetingView>, NotFound, ProblemHttpResult>> RecordMissed(
        Guid courseId, Guid meetingId, MeetingOutcomeRequest request, MeetingCommands commands, MeetingNotes notes, CancellationToken ct) =>
        (await commands.RecordMissedAsync(courseId, meetingId, request.Notes, ct)).ToOk(m => View(m, notes), CourseTrackingTexts.ResourceManager);

    private static async Task<Results<Ok<IReadOnlyList<ContactView>>, NotFound>> ListContacts(Guid courseId, MeetingQueries queries, MeetingNotes notes, CancellationToken ct) =>
        await queries.ContactsAsync(courseId, ct) is { } contacts
            ? TypedResults.Ok<IReadOnlyList<ContactView>>(contacts.Select(c => View(c, notes)).ToList())
            : TypedResults.NotFound();

    private static async Task<Results<Created<ContactView>, NotFound, ProblemHttpResult>> RecordContact(
        Guid courseId, RecordContactRequest request, MeetingCommands commands, MeetingNotes notes, CancellationToken ct)
    {
        var recorded = await commands.RecordContactAsync(
            courseId, request.Kind!.Value, request.Date!.Value, request.Time!.Value, request.DurationMinutes!.Value, request.Notes, ct);
        return recorded.ToCreated(
            contact => $"{TrackedCoursesApi.Prefix}/courses/{courseId}/contacts/{contact.Id}", contact => View(contact, notes), CourseTrackingTexts.ResourceManager);
    }

    private static async Task<Results<Ok<IntensityView>, NotFound>> GetIntensity(Guid courseId, MeetingQueries queries, CancellationToken ct)
    {
        if (await queries.IntensityAsync(courseId, ct) is not { } found)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(View(courseId, found.Periods));
    }

    /// <summary>The intensity of a course as the API shows it (also on the course page).</summary>
    internal static IntensityView View(Guid courseId, IReadOnlyList<IntensityPeriod> found)
    {
        var periods = found.Select(p => new IntensityPeriodView(
            p.Phase, TrackingLabels.OfPeriod(p.Phase), p.From, p.Until, p.Contacts, p.Minutes, p.MinutesPerWeek, p.RelativeToPhase1, p.MethodRelativeToPhase1)).ToList();
        return new IntensityView(courseId, periods, ContactIntensity.Falls(found));
    }

    internal static MeetingView View(Meeting meeting, MeetingNotes notes)
    {
        var local = DanishTime.InDenmark(meeting.StartsAt);
        return new MeetingView(
            meeting.Id, meeting.CourseId, meeting.Kind, TrackingLabels.Of(meeting.Kind), DateOnly.FromDateTime(local.DateTime), TimeOnly.FromDateTime(local.DateTime),
            local, meeting.DurationMinutes, meeting.Status, TrackingLabels.Of(meeting.Status), meeting.Moves, meeting.PlannedBy, notes.Of(meeting));
    }

    internal static ContactView View(Contact contact, MeetingNotes notes)
    {
        var local = DanishTime.InDenmark(contact.OccurredAt);
        return new ContactView(
            contact.Id, contact.CourseId, contact.Kind, TrackingLabels.Of(contact.Kind), DateOnly.FromDateTime(local.DateTime), TimeOnly.FromDateTime(local.DateTime),
            local, contact.DurationMinutes, contact.RecordedBy, notes.Of(contact));
    }
}
