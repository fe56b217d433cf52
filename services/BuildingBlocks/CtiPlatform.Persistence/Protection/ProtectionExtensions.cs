using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Persistence.Protection;

public static class ProtectionExtensions
{
    /// <summary>
    /// Personal data at rest for a service that holds it: the <see cref="PersonalDataProtector"/> over the key ring in
    /// <c>PersistenceOptions</c>. The service refuses to start without a usable ring.
    /// </summary>
    public static WebApplicationBuilder AddPersonalDataProtection(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PersistenceOptions>().BindConfiguration(nameof(PersistenceOptions)).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PersistenceOptions>, PersonalDataKeyValidation>());
        builder.Services.TryAddSingleton<PersonalDataProtector>();
        return builder;
    }

    /// <summary>
    /// Never-contact fingerprints for a service that lists never-contact persons or must recognise them: the
    /// <see cref="ContactFingerprinter"/> over the ring in <c>ContactMatchingOptions</c>. The service refuses to start
    /// without a usable ring.
    /// </summary>
    public static WebApplicationBuilder AddContactMatching(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ContactMatchingOptions>().BindConfiguration(nameof(ContactMatchingOptions)).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ContactMatchingOptions>, ContactMatchingKeyValidation>());
        builder.Services.TryAddSingleton<ContactFingerprinter>();
        return builder;
    }
}
