namespace CtiPlatform.Testing;

/// <summary>
/// A wall-clock bound on a whole run of several phases (a benchmark), so that a lost message or a stuck broker ends
/// the run with a report of what was missing instead of a wait that never ends.
/// </summary>
public sealed class Deadline(TimeSpan length)
{
    private readonly DateTime end = DateTime.UtcNow + length;

    public TimeSpan Length { get; } = length;

    public bool HasPassed => DateTime.UtcNow >= end;

    /// <summary>What is left of the bound; zero once it has passed.</summary>
    public TimeSpan Remaining => end - DateTime.UtcNow is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero;

    /// <summary>Awaits <paramref name="task"/>, throwing a <see cref="TimeoutException"/> that names <paramref name="what"/> once the bound has passed.</summary>
    public async Task WithinAsync(Task task, string what)
    {
        try
        {
            await task.WaitAsync(Remaining);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{what} did not finish within the deadline of {Length.TotalSeconds:F0} s.");
        }
    }
}
