using FluentValidation;

namespace CtiPlatform.SampleService.Api;

public sealed class NoteRequestValidator : AbstractValidator<NoteRequest>
{
    public NoteRequestValidator() => RuleFor(r => r.Text).NotEmpty().MaximumLength(200);
}
