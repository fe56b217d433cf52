using CtiPlatform.Domain;
using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.SampleService.Domain;

/// <summary>The smallest tenant-owned aggregate: written by a worker, archived once.</summary>
public sealed class Note : ITenantOwned
{
    private Note()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public string AuthorId { get; private set; } = "";

    public string Text { get; private set; } = "";

    public bool Archived { get; private set; }

    public static Outcome<Note> Write(Guid id, string tenantId, string authorId, string text, int maxLength) =>
        text.Length > maxLength
            ? NoteRefusal.TooLong
            : new Note { Id = id, TenantId = tenantId, AuthorId = authorId, Text = text };

    /// <summary>Archives the note. Returns the refusal, or null when archived.</summary>
    public Refusal? Archive()
    {
        if (Archived)
        {
            return NoteRefusal.AlreadyArchived;
        }

        Archived = true;
        return null;
    }
}
