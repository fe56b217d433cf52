using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace CtiPlatform.ServiceDefaults.Problems;

public static class ValidatorRegistration
{
    /// <summary>
    /// Registers every validator in <paramref name="assembly"/> for the request type it validates, so an endpoint's
    /// <c>Validates&lt;T&gt;()</c> finds it without a line per request in the service's composition.
    /// </summary>
    public static IServiceCollection AddValidatorsFrom(this IServiceCollection services, Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
            {
                services.AddScoped(contract, type);
            }
        }

        return services;
    }
}
