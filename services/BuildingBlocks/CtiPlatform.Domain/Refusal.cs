namespace CtiPlatform.Domain;

/// <summary>
/// A domain rule refused a command; returned as a value, never thrown, so a refusal changes nothing and every
/// caller must handle it. <see cref="Rule"/> names the invariant (and keys its Danish and English text in the
/// service's resources); <see cref="Field"/> names the request field at fault, or is null when the resource's
/// current state forbids the command. The API answers 422 for the first and 409 for the second.
/// </summary>
public sealed record Refusal(string Rule, string? Field = null);
