using System.Collections.Concurrent;
using System.Reflection;
using MassTransit;

namespace CtiPlatform.Messaging.Tenancy;

/// <summary>
/// The <c>TenantId</c> a message carries in its body: a public string property of that name, or of the faulted
/// message inside a <see cref="Fault{T}"/>. Every contract has one; a service-internal message without one (a
/// saga's own timer) is trusted on its header alone, which only the service itself may write to its queue.
/// </summary>
internal static class BodyTenant
{
    private static readonly ConcurrentDictionary<Type, Func<object, string?>?> Readers = new();

    /// <summary>False when <paramref name="message"/>'s type carries no tenant.</summary>
    public static bool TryRead(object message, out string? tenantId)
    {
        var reader = Readers.GetOrAdd(message.GetType(), ReaderFor);
        tenantId = reader?.Invoke(message);
        return reader is not null;
    }

    private static Func<object, string?>? ReaderFor(Type type)
    {
        if (type.GetProperty("TenantId", BindingFlags.Public | BindingFlags.Instance) is { PropertyType: var propertyType } property
            && propertyType == typeof(string))
        {
            return message => (string?)property.GetValue(message);
        }

        var fault = type.GetInterfaces().Append(type)
            .FirstOrDefault(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Fault<>));
        if (fault?.GetProperty(nameof(Fault<object>.Message)) is { } inner && ReaderFor(fault.GetGenericArguments()[0]) is not null)
        {
            return message => inner.GetValue(message) is { } faulted && TryRead(faulted, out var tenantId) ? tenantId : null;
        }

        return null;
    }
}
