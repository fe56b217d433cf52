using CtiPlatform.CourseTracking.Domain;
using FluentValidation;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>The shape of a network person; the never-contact match and a closed course are the domain's rules.</summary>
internal sealed class NetworkPersonRequestValidator : AbstractValidator<NetworkPersonRequest>
{
    public NetworkPersonRequestValidator()
    {
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        RuleFor(r => r.Role).NotNull().IsInEnum();
        RuleFor(r => r.Sector).NotNull().IsInEnum();
        RuleFor(r => r.Distance).NotNull().InclusiveBetween(NetworkPerson.NearestDistance, NetworkPerson.FarthestDistance);
        RuleFor(r => r.Name).NotEmpty().MaximumLength(NetworkPersonRequest.MaxName);
        RuleFor(r => r.Phone).MaximumLength(NetworkPersonRequest.MaxPhone).Matches("^[0-9 +()-]*$");
        RuleFor(r => r.Email).MaximumLength(NetworkPersonRequest.MaxEmail).EmailAddress().When(r => !string.IsNullOrEmpty(r.Email));
        RuleFor(r => r.HelpsWith).MaximumLength(NetworkPersonRequest.MaxHelpsWith);
    }
}
