using System.Diagnostics;

/// <summary>
/// Counts the SQL commands EF Core executes in this process (the service runs in it), so the run can report how many
/// queries a request costs — a count that must not grow with the number of courses.
/// </summary>
internal sealed class QueryCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == "Microsoft.EntityFrameworkCore")
        {
            value.Subscribe(this);
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted")
        {
            Interlocked.Increment(ref count);
        }
    }

    public void OnCompleted()
    {
        // Listeners live as long as the process; nothing to release.
    }

    public void OnError(Exception error)
    {
        // A failed listener only stops the count; the run reports what it measured.
    }
}
