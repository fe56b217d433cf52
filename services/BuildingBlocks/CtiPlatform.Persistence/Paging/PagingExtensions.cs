using System.Linq.Expressions;
using System.Reflection;
using CtiPlatform.ServiceDefaults.Paging;
using Microsoft.EntityFrameworkCore;

namespace CtiPlatform.Persistence.Paging;

public static class PagingExtensions
{
    private static readonly MethodInfo CompareTo = typeof(Guid).GetMethod(nameof(Guid.CompareTo), [typeof(Guid)])!;

    /// <summary>
    /// Reads the page of <paramref name="query"/> that <paramref name="request"/> asks for, ordered by the Guid property
    /// <paramref name="id"/> selects. The request must have been validated (<c>Validates&lt;PageRequest&gt;()</c>).
    /// </summary>
    public static async Task<Page<T>> ToPageAsync<T>(
        this IQueryable<T> query, Expression<Func<T, Guid>> id, PageRequest request, CancellationToken cancellationToken)
    {
        var property = id.Body is MemberExpression { Member: PropertyInfo selected } ? selected
            : throw new ArgumentException("Select the id property itself, e.g. r => r.Id.", nameof(id));
        if (request.Cursor is not null && PageCursor.TryRead(request.Cursor, out var after))
        {
            // id.CompareTo(after) > 0: EF translates it to "id > @after" on PostgreSQL and SQLite alike.
            var isAfter = Expression.GreaterThan(Expression.Call(id.Body, CompareTo, Expression.Constant(after)), Expression.Constant(0));
            query = query.Where(Expression.Lambda<Func<T, bool>>(isAfter, id.Parameters));
        }

        // One row more than the page tells whether another page follows, without counting.
        var rows = await query.OrderBy(id).Take(request.Size + 1).ToListAsync(cancellationToken);
        var items = rows.Take(request.Size).ToList();

        // The last id is read through the property, not by compiling the expression on every request.
        var next = rows.Count > request.Size ? PageCursor.Write((Guid)property.GetValue(items[^1])!) : null;
        return new Page<T>(items, next);
    }
}
