namespace CtiPlatform.Workflows.Api;

public sealed record ChangeExpectedMoveOutRequest(DateOnly? ExpectedMoveOutDate);
