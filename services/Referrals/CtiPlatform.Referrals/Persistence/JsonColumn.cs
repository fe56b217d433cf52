using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CtiPlatform.Referrals.Persistence;

/// <summary>
/// Stores a small value list as JSON text: the same column type on PostgreSQL and SQLite, and the lists
/// (children, criteria) are only ever read whole with their referral.
/// </summary>
internal static class JsonColumn<T>
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static ValueConverter<IReadOnlyList<T>, string> Converter { get; } = new(
        v => JsonSerializer.Serialize(v, Options),
        s => JsonSerializer.Deserialize<List<T>>(s, Options) ?? new List<T>());

    public static ValueComparer<IReadOnlyList<T>> Comparer { get; } = new(
        (a, b) => a!.SequenceEqual(b!),
        v => v.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        v => v.ToList());
}
