using System.Globalization;

namespace CtiPlatform.Testing;

/// <summary>Reads an integer option given as <c>--name value</c> to a console run (the benchmarks).</summary>
public static class CommandLineOption
{
    /// <summary>The value after <paramref name="name"/> in <paramref name="args"/>, or <paramref name="fallback"/> when absent.</summary>
    public static int Int(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
