using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.Persistence.Protection;

namespace CtiPlatform.CourseTracking.Application;

/// <summary>Notes of meetings and contacts, encrypted at rest and bound to their row (decisions 010, 021).</summary>
internal sealed class MeetingNotes(PersonalDataProtector protector)
{
    public string? Protect(string? notes, string tenantId, string table, Guid rowId) =>
        string.IsNullOrEmpty(notes) ? null : protector.Protect(notes, Cell(tenantId, table, rowId));

    public string? Of(Meeting meeting) =>
        meeting.ProtectedNotes is { } notes ? protector.Unprotect(notes, Cell(meeting.TenantId, Tables.Meetings, meeting.Id)) : null;

    public string? Of(Contact contact) =>
        contact.ProtectedNotes is { } notes ? protector.Unprotect(notes, Cell(contact.TenantId, Tables.Contacts, contact.Id)) : null;

    private static ProtectedCell Cell(string tenantId, string table, Guid rowId) => new(tenantId, table, "protected_notes", rowId.ToString());

    /// <summary>The tables whose notes are protected, as the cells name them.</summary>
    public static class Tables
    {
        public const string Meetings = "meetings";
        public const string Contacts = "contacts";
    }
}
