using System.Reflection;
using Xunit;

namespace CtiPlatform.Testing;

/// <summary>
/// Keeps a service's domain free of infrastructure: no type in its Domain namespace may name a persistence,
/// messaging, web-host or Microsoft.Extensions type anywhere in its shape (NetArchTest is not available here).
/// </summary>
public static class DomainPurity
{
    /// <summary>Namespaces a domain type must not use; a match is the namespace itself or one below it.</summary>
    public static IReadOnlyList<string> Infrastructure { get; } =
    [
        "Microsoft.EntityFrameworkCore", "MassTransit", "RabbitMQ", "Npgsql", "Microsoft.Data", "System.Data",
        "Microsoft.AspNetCore", "Microsoft.Extensions",
    ];

    /// <summary>Fails, naming every offence, when a type in <paramref name="domainNamespace"/> (or below it) uses infrastructure.</summary>
    public static void AssertNoInfrastructureIn(Assembly assembly, string domainNamespace)
    {
        var domain = assembly.GetTypes()
            .Where(t => t.Namespace is { } ns && (ns == domainNamespace || ns.StartsWith(domainNamespace + ".", StringComparison.Ordinal)))
            .ToList();
        var offences = domain.SelectMany(t => InfrastructureUsedBy(t).Select(used => $"{t.FullName} uses {used.FullName}")).Distinct().ToList();

        Assert.NotEmpty(domain);
        if (offences.Count > 0)
        {
            // Assert.Empty would cut each offence short; the full type names are what the reader needs.
            Assert.Fail($"Domain types use infrastructure:{Environment.NewLine}{string.Join(Environment.NewLine, offences)}");
        }
    }

    /// <summary>
    /// The infrastructure types <paramref name="type"/> names in its base type, interfaces, attributes (its own and its
    /// members'), fields, properties, events, method and constructor signatures and local variables, generic arguments included.
    /// </summary>
    public static IEnumerable<Type> InfrastructureUsedBy(Type type) =>
        UsedTypes(type).SelectMany(Unwrap).Where(IsInfrastructure).Distinct();

    private static bool IsInfrastructure(Type type) =>
        type.Namespace is { } ns && Infrastructure.Any(prefix => ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal));

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var types = new List<Type>();
        if (type.BaseType is { } baseType)
        {
            types.Add(baseType);
        }

        types.AddRange(type.GetInterfaces());
        types.AddRange(Attributes(type));
        foreach (var field in type.GetFields(all))
        {
            types.Add(field.FieldType);
            types.AddRange(Attributes(field));
        }

        foreach (var property in type.GetProperties(all))
        {
            types.Add(property.PropertyType);
            types.AddRange(Attributes(property));
        }

        foreach (var @event in type.GetEvents(all))
        {
            types.AddRange(@event.EventHandlerType is { } handler ? [handler] : []);
            types.AddRange(Attributes(@event));
        }

        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            types.AddRange(Attributes(method));
            foreach (var parameter in method.GetParameters())
            {
                types.Add(parameter.ParameterType);
                types.AddRange(Attributes(parameter));
            }

            if (method is MethodInfo info)
            {
                types.Add(info.ReturnType);
            }

            types.AddRange(method.GetMethodBody()?.LocalVariables.Select(l => l.LocalType) ?? []);
        }

        return types;
    }

    private static IEnumerable<Type> Attributes(MemberInfo member) => member.GetCustomAttributesData().Select(a => a.AttributeType);

    private static IEnumerable<Type> Attributes(ParameterInfo parameter) => parameter.GetCustomAttributesData().Select(a => a.AttributeType);

    private static IEnumerable<Type> Unwrap(Type type) =>
        type.IsGenericType ? [type, .. type.GetGenericArguments().SelectMany(Unwrap)]
        : type.HasElementType ? Unwrap(type.GetElementType()!)
        : [type];
}
