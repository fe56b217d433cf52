using System.Data.Common;
using CtiPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CtiPlatform.Persistence.Tenancy;

/// <summary>
/// Sets <c>app.tenant_id</c> transaction-locally at the start of every transaction, which the row-level
/// security policies read. Transaction-local means the value dies with the transaction, so a pooled
/// connection can never carry one municipality's tenant into another's request.
/// </summary>
internal sealed class TenantTransactionInterceptor(TenantContext tenant) : DbTransactionInterceptor
{
    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        using var command = SetTenantCommand(connection, result);
        command.ExecuteNonQuery();
        return result;
    }

    public override async ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        await using var command = SetTenantCommand(connection, result);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return result;
    }

    private DbCommand SetTenantCommand(DbConnection connection, DbTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "select set_config('app.tenant_id', @tenant, true)";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "tenant";
        parameter.Value = tenant.TenantId ?? "";
        command.Parameters.Add(parameter);
        return command;
    }
}
