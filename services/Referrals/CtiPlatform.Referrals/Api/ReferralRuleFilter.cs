using CtiPlatform.Referrals.Domain;
using CtiPlatform.Referrals.Resources;
using CtiPlatform.ServiceDefaults.Problems;

namespace CtiPlatform.Referrals.Api;

/// <summary>
/// Answers a refused domain rule with problem details: 422 naming the field and rule when an input is at
/// fault, 409 naming the rule when the referral's state forbids the action. The unit of work then rolls back.
/// </summary>
internal sealed class ReferralRuleFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ReferralRuleViolation violation)
        {
            var message = ReferralTexts.ResourceManager.GetString(violation.Rule, ReferralTexts.Culture) ?? violation.Rule;
            return violation.Field is null
                ? ValidationProblems.Conflict(violation.Rule, message)
                : ValidationProblems.Unprocessable(violation.Field, violation.Rule, message);
        }
    }
}
