using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CtiPlatform.Persistence.Schema;

/// <summary>
/// Maps EF names to the snake_case the hand-written SQL scripts use, so PostgreSQL tables and the
/// SQLite schema the standalone host derives from the model agree.
/// </summary>
internal static class SnakeCaseNames
{
    public static void Apply(IMutableModel model)
    {
        // Owners first, so an owned type sharing their table can take over their (already renamed) key columns.
        foreach (var entity in model.GetEntityTypes().OrderBy(e => e.IsOwned()))
        {
            if (entity.GetTableName() is { } tableName && !entity.IsOwned())
            {
                entity.SetTableName(ToSnakeCase(tableName));
            }

            var ownerKey = entity.FindOwnership()?.PrincipalKey.Properties;
            var storeTable = StoreObjectIdentifier.Create(entity, StoreObjectType.Table);
            foreach (var property in entity.GetProperties())
            {
                var keyIndex = ownerKey is null ? -1 : property.FindContainingPrimaryKey()?.Properties.ToList().IndexOf(property) ?? -1;
                // The default name carries an owned type's navigation prefix ("Woman_Name"), which must survive.
                var name = storeTable is { } t ? property.GetDefaultColumnName(t) ?? property.GetColumnName() : property.GetColumnName();
                property.SetColumnName(keyIndex >= 0 ? ownerKey![keyIndex].GetColumnName() : ToSnakeCase(name));
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(ToSnakeCase(key.GetName()!));
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(ToSnakeCase(index.GetDatabaseName()!));
            }
        }
    }

    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && name[i - 1] != '_' && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
