namespace CtiPlatform.SampleService.Api;

public sealed record NoteRequest(string? Text);
