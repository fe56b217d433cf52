using System.Globalization;
using FluentValidation;

namespace CtiPlatform.ServiceDefaults.Problems;

public static class DateWindowRules
{
    /// <summary>
    /// Refuses a date outside <paramref name="window"/> with the rule <see cref="DateWindow.Rule"/>; the service's
    /// text <paramref name="message"/> receives the first and last accepted dates as {0} and {1} (yyyy-MM-dd).
    /// A missing date passes: whether it is required is a rule of its own.
    /// </summary>
    public static IRuleBuilderOptions<T, DateOnly?> Within<T>(
        this IRuleBuilder<T, DateOnly?> rule, DateWindow window, TimeProvider clock, Func<string> message) =>
        rule.Must(date => date is not { } value || window.Contains(value, clock.GetUtcNow()))
            .WithErrorCode(DateWindow.Rule)
            .WithMessage(_ =>
            {
                var (first, last) = window.On(clock.GetUtcNow());
                return string.Format(CultureInfo.CurrentCulture, message(), first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            });
}
