namespace CtiPlatform.Domain;

/// <summary>
/// The answer of a use case on one resource: done, with its result; refused by a rule, changing nothing; or
/// not found. "Not found" also covers a resource the caller may not see, so the answer never reveals that it exists.
/// </summary>
public sealed class Outcome<T>
    where T : class
{
    private Outcome(T? value, Refusal? refusal)
    {
        Value = value;
        Refusal = refusal;
    }

    public static Outcome<T> NotFound { get; } = new(null, null);

    /// <summary>The result when done; null when refused or not found.</summary>
    public T? Value { get; }

    public Refusal? Refusal { get; }

    /// <summary>Done with <paramref name="value"/>; the implicit conversion says the same, except from an interface type, which C# cannot convert.</summary>
    public static Outcome<T> Done(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    public static implicit operator Outcome<T>(T value) => Done(value);

    public static implicit operator Outcome<T>(Refusal refusal) => new(null, refusal ?? throw new ArgumentNullException(nameof(refusal)));
}
