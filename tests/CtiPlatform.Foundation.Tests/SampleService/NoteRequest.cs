namespace CtiPlatform.Foundation.Tests.SampleService;

public sealed record NoteRequest(string? Text);
