using CtiPlatform.ServiceDefaults.Resources;
using FluentValidation;

namespace CtiPlatform.ServiceDefaults.Paging;

/// <summary>A page size within bounds and a cursor this platform issued.</summary>
public sealed class PageRequestValidator : AbstractValidator<PageRequest>
{
    public PageRequestValidator()
    {
        RuleFor(r => r.Limit).InclusiveBetween(1, PageRequest.MaxLimit).WithMessage(Texts.PageLimitRange);
        RuleFor(r => r.Cursor).Must(c => c is null || PageCursor.TryRead(c, out _))
            .WithErrorCode("CursorFormat").WithMessage(Texts.PageCursorFormat);
    }
}
