using FluentValidation;

namespace CtiPlatform.Foundation.Tests.SampleService;

public sealed class NoteRequestValidator : AbstractValidator<NoteRequest>
{
    public NoteRequestValidator() => RuleFor(r => r.Text).NotEmpty().MaximumLength(200);
}
