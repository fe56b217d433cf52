using System.Net;
using System.Net.Http.Json;
using CtiPlatform.Domain;
using CtiPlatform.Referrals.Api;
using CtiPlatform.Referrals.Domain;
using CtiPlatform.ServiceDefaults.Paging;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;

namespace CtiPlatform.Referrals.Tests;

/// <summary>What the referral carries for the committee (seeds 001/002, docs/decisions/029-what-the-referral-carries.md).</summary>
public sealed class ReferralContentTests(ReferralsFixture fixture) : IClassFixture<ReferralsFixture>
{
    private readonly ReferralsClient referrals = new(fixture.Host);

    [Fact]
    public async Task A_referral_she_does_not_want_is_refused_naming_her_wish_and_nothing_is_stored()
    {
        const string shelterOfThisTest = "shelter-no-wish";
        using var shelter = referrals.Shelter(shelterOfThisTest);
        var valid = ReferralRequests.Valid();
        var request = valid with { Situation = valid.Situation! with { WantsCti = false } };

        var response = await shelter.PostAsJsonAsync("/api/referrals", request, TestJson.Options);

        await response.AssertFieldRuleAsync(HttpStatusCode.UnprocessableEntity, "situation.wantsCti", "OnlyWhenSheWantsCti");
        var submitted = await shelter.GetFromJsonAsync<Page<ReferralStatusView>>("/api/referrals/submitted", TestJson.Options);
        Assert.Empty(submitted!.Items);
    }

    [Fact]
    public async Task The_referral_view_shows_her_situation_and_the_children_with_their_father_and_the_list_does_not()
    {
        var valid = ReferralRequests.Valid();
        var request = valid with
        {
            ChildrenWithFather = [new ChildInput("Otto", 12), new ChildInput("Alma", 4)],
            Situation = new SituationInput(true, new DateOnly(2026, 8, 3), HomeAllocated: false, null, ProtectedAddress: true, SmsSafe: false),
        };

        var id = await referrals.SubmitAsync(request);

        var view = await referrals.GetAsync(id);
        Assert.Equal(new Situation(true, new DateOnly(2026, 8, 3), false, null, ProtectedAddress: true, SmsSafe: false), view.Situation);
        Assert.Equal([new Child("Otto", 12), new Child("Alma", 4)], view.ChildrenWithFather);
        Assert.Equal([new Child("Ida", 6)], view.Children);
        using var lead = referrals.As(Roles.TeamLead);
        var list = await lead.GetStringAsync("/api/referrals?limit=200");
        Assert.Contains(id.ToString(), list, StringComparison.Ordinal);
        foreach (var absent in new[] { "Otto", "situation", "smsSafe", "protectedAddress", "childrenWithFather" })
        {
            Assert.DoesNotContain(absent, list, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_referral_without_her_situation_is_refused_naming_it()
    {
        using var shelter = referrals.Shelter();

        var response = await shelter.PostAsJsonAsync("/api/referrals", ReferralRequests.Valid() with { Situation = null }, TestJson.Options);

        await response.AssertFieldRuleAsync(HttpStatusCode.BadRequest, "situation", "NotNull");
    }

    [Theory]
    [InlineData("home allocated without a date", "situation.homeAvailableFrom", "HomeAvailableFromRequired")]
    [InlineData("a date without a home", "situation.homeAvailableFrom", "HomeAvailableFromOnlyWithHome")]
    [InlineData("entered after moving out", "situation.shelterEnteredOn", "ShelterEnteredBeforeMoveOut")]
    [InlineData("entered in the future", "situation.shelterEnteredOn", "DateRange")]
    [InlineData("wish not stated", "situation.wantsCti", "NotNull")]
    [InlineData("sms safety not stated", "situation.smsSafe", "NotNull")]
    [InlineData("protected address not stated", "situation.protectedAddress", "NotNull")]
    public async Task Her_situation_is_refused_naming_field_and_rule_when(string what, string field, string rule)
    {
        using var shelter = referrals.Shelter();
        var valid = ReferralRequests.Valid();
        var situation = valid.Situation!;
        var request = valid with
        {
            Situation = what switch
            {
                "home allocated without a date" => situation with { HomeAllocated = true, HomeAvailableFrom = null },
                "a date without a home" => situation with { HomeAllocated = false },
                "entered after moving out" => situation with { ShelterEnteredOn = valid.ExpectedMoveOutDate!.Value.AddDays(1) },
                "entered in the future" => situation with { ShelterEnteredOn = CopenhagenCalendar.DateAt(DateTimeOffset.UtcNow).AddDays(1) },
                "wish not stated" => situation with { WantsCti = null },
                "sms safety not stated" => situation with { SmsSafe = null },
                _ => situation with { ProtectedAddress = null },
            },
        };

        var response = await shelter.PostAsJsonAsync("/api/referrals", request, TestJson.Options);

        await response.AssertFieldRuleAsync(HttpStatusCode.BadRequest, field, rule);
    }

    [Fact]
    public async Task A_child_living_with_the_father_is_held_to_the_same_rules_as_one_moving_with_her()
    {
        using var shelter = referrals.Shelter();
        var request = ReferralRequests.Valid() with
        {
            ChildrenWithFather = Enumerable.Range(0, SubmitReferralValidator.MaxChildren + 1).Select(_ => new ChildInput("Karl", 9)).ToList(),
        };

        var response = await shelter.PostAsJsonAsync("/api/referrals", request, TestJson.Options);

        await response.AssertFieldRuleAsync(HttpStatusCode.BadRequest, "childrenWithFather", "MaxCount");
    }
}
