namespace CtiPlatform.SampleService.Api;

public sealed record NoteView(Guid Id, string AuthorId, string Text, bool Archived);
