using System.Globalization;
using CtiPlatform.Referrals.Application;
using CtiPlatform.Referrals.Domain;
using CtiPlatform.Referrals.Resources;
using CtiPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace CtiPlatform.Referrals.Api;

/// <summary>The § 141 action plan attached to a referral as a PDF (docs/decisions/028 and 032).</summary>
public static class ActionPlanApi
{
    public static RouteGroupBuilder MapActionPlanApi(this RouteGroupBuilder api)
    {
        api.MapPut("/{id:guid}/action-plan", Upload).RequireAuthorization(ReferralPolicies.Submitters)
            .Accepts<Stream>("application/pdf")
            .WithName("UploadActionPlan").WithSummary("Attach the § 141 action plan as a PDF body, replacing an earlier one, while the referral is undecided");
        api.MapGet("/{id:guid}/action-plan", Open).RequireAuthorization(ReferralPolicies.MunicipalStaff)
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf")
            .WithName("OpenActionPlan").WithSummary("Download the attached § 141 action plan (access-logged)");
        return api;
    }

    private static async Task<Results<Ok<ActionPlanAttachment>, NotFound, ProblemHttpResult>> Upload(
        Guid id, ActionPlanUpload upload, ActionPlans plans, CancellationToken ct)
    {
        if (upload.Refusal == ReferralRefusal.ActionPlanTooLarge)
        {
            var megabytes = upload.MaxBytes / (1024m * 1024m);
            var text = string.Format(CultureInfo.CurrentCulture, ReferralTexts.ActionPlanTooLarge, megabytes.ToString("0.##", CultureInfo.CurrentCulture));
            return ValidationProblems.Unprocessable(upload.Refusal.Field!, upload.Refusal.Rule, text);
        }

        if (upload.Refusal is { } refusal)
        {
            return refusal.ToProblem(ReferralTexts.ResourceManager);
        }

        return (await plans.AttachAsync(id, upload.Content, ct)).ToOk(attachment => attachment, ReferralTexts.ResourceManager);
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> Open(Guid id, ActionPlans plans, HttpContext http, CancellationToken ct)
    {
        var outcome = await plans.OpenAsync(id, ct);
        if (outcome.Value is not { } pdf)
        {
            return outcome.Refusal is { } refusal ? refusal.ToProblem(ReferralTexts.ResourceManager) : TypedResults.NotFound();
        }

        // Her document: never kept by a browser or proxy, never rendered as anything but the PDF it was checked to be.
        http.Response.Headers[HeaderNames.CacheControl] = "no-store";
        http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";

        // Our own file name, never the uploader's: that one is not stored at all (decision 032).
        return TypedResults.File(pdf, "application/pdf", $"handleplan-{id}.pdf");
    }
}
