using System.Reflection;
using CtiPlatform.Workflows.Domain;

namespace CtiPlatform.Workflows.Tests.Domain;

public sealed class DomainPurityTests
{
    [Fact]
    public void Domain_types_use_no_Entity_Framework_or_MassTransit_types()
    {
        var domain = typeof(Course).Assembly.GetTypes().Where(t => t.Namespace == typeof(Course).Namespace).ToList();
        var offenders = domain
            .SelectMany(t => UsedTypes(t).Select(used => (t, used)))
            .Where(x => x.used.Namespace is { } ns && (ns.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || ns.StartsWith("MassTransit", StringComparison.Ordinal)))
            .Select(x => $"{x.t.Name} uses {x.used.FullName}")
            .ToList();

        Assert.NotEmpty(domain);
        Assert.Empty(offenders);
    }

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var types = new List<Type>();
        if (type.BaseType is { } baseType)
        {
            types.Add(baseType);
        }

        types.AddRange(type.GetInterfaces());
        types.AddRange(type.GetFields(all).Select(f => f.FieldType));
        types.AddRange(type.GetProperties(all).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            types.AddRange(method.GetParameters().Select(p => p.ParameterType));
            if (method is MethodInfo info)
            {
                types.Add(info.ReturnType);
            }

            types.AddRange(method.GetMethodBody()?.LocalVariables.Select(l => l.LocalType) ?? []);
        }

        types.AddRange(type.GetCustomAttributesData().Select(a => a.AttributeType));
        return types.SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Unwrap(Type type) =>
        type.IsGenericType ? [type, .. type.GetGenericArguments().SelectMany(Unwrap)]
        : type.HasElementType ? Unwrap(type.GetElementType()!)
        : [type];
}
