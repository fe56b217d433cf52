namespace CtiPlatform.Persistence.Protection;

/// <summary>
/// Where a protected value is stored: municipality, table, column and row. It is bound into the ciphertext as
/// associated data, so a ciphertext copied to another row, column or municipality does not decrypt there.
/// </summary>
public sealed record ProtectedCell(string TenantId, string Table, string Column, string RowId)
{
    /// <summary>The same row's value in another column.</summary>
    public ProtectedCell In(string column) => this with { Column = column };
}
