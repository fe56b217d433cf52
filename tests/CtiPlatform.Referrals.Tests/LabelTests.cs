using System.Net.Http.Json;
using CtiPlatform.Contracts.Courses;
using CtiPlatform.Referrals.Api;
using CtiPlatform.Referrals.Domain;
using CtiPlatform.Referrals.Resources;
using CtiPlatform.Testing;

namespace CtiPlatform.Referrals.Tests;

/// <summary>Every code a referral response carries has its Danish label next to it (issue #19 item 9, decision 030).</summary>
public sealed class LabelTests(ReferralsFixture fixture) : IClassFixture<ReferralsFixture>
{
    private readonly ReferralsClient referrals = new(fixture.Host);

    [Fact]
    public void Every_code_a_referral_response_carries_has_a_danish_and_an_english_label()
    {
        LabelTexts.AssertEveryValueHasLabels<ReferralStatus>("Status", ReferralTexts.ResourceManager);
        LabelTexts.AssertEveryValueHasLabels<TargetGroupCriterion>("Criterion", ReferralTexts.ResourceManager);
        LabelTexts.AssertEveryValueHasLabels<CourseClosureReason>("ClosureReason", ReferralTexts.ResourceManager);
        LabelTexts.AssertEveryValueHasLabels<CourseEndsTo>("EndsTo", ReferralTexts.ResourceManager);
    }

    [Fact]
    public async Task A_referral_names_its_status_and_criteria_in_Danish_and_in_English_when_asked()
    {
        var id = await referrals.SubmitAsync();
        using var shelter = referrals.Shelter();
        using var english = referrals.Committee();
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var submitted = await referrals.GetAsync(id);
        var status = await shelter.GetFromJsonAsync<ReferralStatusView>($"/api/referrals/{id}/status", TestJson.Options);
        var declined = await referrals.DeclineAsync(id, "Kvinden har fået et andet tilbud");
        var summary = await declined.Content.ReadFromJsonAsync<ReferralSummary>(TestJson.Options);
        var inEnglish = await english.GetFromJsonAsync<ReferralView>($"/api/referrals/{id}", TestJson.Options);

        Assert.Equal((ReferralStatus.Submitted, "Indsendt"), (submitted.Status, submitted.StatusLabel));
        Assert.Equal("Indsendt", status!.StatusLabel);
        Assert.Equal(
            "Kvinden flytter i egen bolig uden voldsudøveren",
            Assert.Single(submitted.Criteria, c => c.Criterion == TargetGroupCriterion.MovesIntoOwnHome).CriterionLabel);
        Assert.Equal(
            "Kvinden har generelt dårlig trivsel",
            Assert.Single(submitted.Criteria, c => c.Criterion == TargetGroupCriterion.PoorWellBeing).CriterionLabel);
        Assert.Equal((ReferralStatus.Declined, "Afslået"), (summary!.Status, summary.StatusLabel));
        Assert.Equal(("Declined", "The woman moves into her own home without the perpetrator"), (
            inEnglish!.StatusLabel, Assert.Single(inEnglish.Criteria, c => c.Criterion == TargetGroupCriterion.MovesIntoOwnHome).CriterionLabel));
    }
}
