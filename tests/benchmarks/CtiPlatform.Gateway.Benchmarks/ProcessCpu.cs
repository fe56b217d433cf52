using System.Diagnostics;
using System.Globalization;

namespace CtiPlatform.Gateway.Benchmarks;

/// <summary>
/// CPU time used by the processes behind a target, read from the kernel's accounting (user and system time,
/// exited threads included). Divided by the requests of a round it shows what each request costs each process
/// on the shared cores, which explains a throughput ratio better than the ratio itself.
/// </summary>
internal static class ProcessCpu
{
    public static TimeSpan Of(IReadOnlyList<int> processIds)
    {
        var total = TimeSpan.Zero;
        foreach (var id in processIds)
        {
            using var process = Process.GetProcessById(id);
            total += process.TotalProcessorTime;
        }

        return total;
    }

    /// <summary>The process and its direct children: nginx answers in worker processes its master starts.</summary>
    public static IReadOnlyList<int> WithChildren(int processId)
    {
        var ids = new List<int> { processId };
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && ParentOf(directory) == processId)
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    // /proc/<pid>/stat: "pid (command) state ppid …"; the command may hold spaces, so fields count from its ')'.
    private static int? ParentOf(string directory)
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(directory, "stat"));
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            // The process ended between listing and reading.
            return null;
        }
    }
}
