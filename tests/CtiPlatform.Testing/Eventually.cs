namespace CtiPlatform.Testing;

/// <summary>Waits for a condition the system under test will make true (rows counted, messages arrived); the timeout is a safety bound only.</summary>
public static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting for {what}; last seen: {value}");
            }

            // The pause between two reads of a poll: rows in another process's database and queue depths raise no
            // event a test could await, so the condition is read again until it holds or the bound is reached.
            await Task.Delay(100);
        }
    }
}
