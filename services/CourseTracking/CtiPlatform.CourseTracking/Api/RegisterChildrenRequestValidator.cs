using FluentValidation;

namespace CtiPlatform.CourseTracking.Api;

internal sealed class RegisterChildrenRequestValidator : AbstractValidator<RegisterChildrenRequest>
{
    public RegisterChildrenRequestValidator() => RuleFor(r => r.HasChildren).NotNull();
}
