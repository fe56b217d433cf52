using FluentValidation;

namespace CtiPlatform.Notifications.Api;

public sealed class TemplateRequestValidator : AbstractValidator<TemplateRequest>
{
    public TemplateRequestValidator()
    {
        // A subject is one line: a line break would let a template add SMTP headers.
        RuleFor(r => r.Subject).NotEmpty().MaximumLength(200).Matches(@"^[^\r\n]*\z");
        RuleFor(r => r.Body).NotEmpty().MaximumLength(4000);
    }
}
