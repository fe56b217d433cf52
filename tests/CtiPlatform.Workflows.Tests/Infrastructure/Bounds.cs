namespace CtiPlatform.Workflows.Tests.Infrastructure;

/// <summary>Safety bounds for waits on signals; generous because the machine is small and shared, never the thing being asserted.</summary>
public static class Bounds
{
    public static readonly TimeSpan Signal = TimeSpan.FromSeconds(60);
}
