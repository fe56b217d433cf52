using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CsvHelper;
using CtiPlatform.Referrals.Api;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;

namespace CtiPlatform.Referrals.Tests;

/// <summary>Input meant to break the service rather than describe a woman: impossible dates, floods, formulas, smuggled newlines.</summary>
public sealed class HostileInputTests(ReferralsFixture fixture) : IClassFixture<ReferralsFixture>
{
    private readonly ReferralsClient referrals = new(fixture.Host);

    public static TheoryData<string, DateOnly> ImpossibleSubmissionDates => new()
    {
        { "expectedMoveOutDate", DateOnly.MinValue },
        { "expectedMoveOutDate", DateOnly.MaxValue },
        { "expectedMoveOutDate", Today().AddDays(731) },
        { "actionPlanDate", DateOnly.MinValue },
        { "actionPlanDate", Today().AddDays(-731) },
        { "woman.dateOfBirth", DateOnly.MinValue },

        // Past the window and where adding her 18 years would overflow the calendar.
        { "woman.dateOfBirth", DateOnly.MaxValue },
    };

    [Theory]
    [MemberData(nameof(ImpossibleSubmissionDates))]
    public async Task A_submitted_date_outside_its_window_is_refused_naming_field_and_rule(string field, DateOnly date)
    {
        using var shelter = referrals.Shelter();
        var valid = ReferralRequests.Valid();
        var request = field switch
        {
            "expectedMoveOutDate" => valid with { ExpectedMoveOutDate = date },
            "actionPlanDate" => valid with { ActionPlanDate = date },
            _ => valid with { Woman = valid.Woman! with { DateOfBirth = date } },
        };

        var response = await shelter.PostAsJsonAsync("/api/referrals", request, TestJson.Options);

        await response.AssertFieldRuleAsync(HttpStatusCode.BadRequest, field, "DateRange");
    }

    [Fact]
    public async Task A_date_at_the_edge_of_its_window_is_accepted()
    {
        var request = ReferralRequests.Valid() with { ExpectedMoveOutDate = Today().AddDays(730), ActionPlanDate = Today().AddDays(-730) };

        await referrals.SubmitAsync(request);
    }

    [Fact]
    public async Task A_decision_or_agenda_on_a_meeting_date_outside_its_window_is_refused()
    {
        var id = await referrals.SubmitAsync();
        using var committee = referrals.Committee();

        var decision = await committee.PostAsJsonAsync(
            $"/api/referrals/{id}/approve", new DecisionRequest(DateOnly.MinValue, ["Leder"], null, "worker-hostile", null), TestJson.Options);
        var agenda = await committee.PostAsJsonAsync("/api/referrals/committee/agenda", new AgendaRequest(Today().AddDays(366)), TestJson.Options);

        await decision.AssertFieldRuleAsync(HttpStatusCode.BadRequest, "meetingDate", "DateRange");
        await agenda.AssertFieldRuleAsync(HttpStatusCode.BadRequest, "meetingDate", "DateRange");
        Assert.Equal(Domain.ReferralStatus.Submitted, (await referrals.GetAsync(id)).Status);
    }

    [Theory]
    [InlineData("from=9999-12-31", "from", "DateRange")]
    [InlineData("from=0001-01-01", "from", "DateRange")]
    [InlineData("count=53", "count", "InclusiveBetween")]
    public async Task The_committees_meetings_are_listed_only_from_a_date_in_the_window_and_in_a_bounded_number(string query, string field, string rule)
    {
        using var committee = referrals.Committee();

        var response = await committee.GetAsync($"/api/referrals/committee/meetings?{query}");

        await response.AssertFieldRuleAsync(HttpStatusCode.BadRequest, field, rule);
    }

    [Theory]
    [InlineData("woman.cpr", "CprFormat")]
    [InlineData("woman.phone", "PhoneFormat")]
    [InlineData("shelterContact.phone", "PhoneFormat")]
    public async Task A_cpr_number_or_phone_with_a_trailing_newline_is_refused(string field, string rule)
    {
        using var shelter = referrals.Shelter();
        var dateOfBirth = new DateOnly(1988, 3, 14);
        var valid = ReferralRequests.Valid(dateOfBirth: dateOfBirth, cpr: ReferralRequests.CprFor(dateOfBirth, "1234"));
        var request = field switch
        {
            "woman.cpr" => valid with { Woman = valid.Woman! with { Cpr = valid.Woman.Cpr + "\n" } },
            "woman.phone" => valid with { Woman = valid.Woman! with { Phone = "+45 12 34 56 78\n" } },
            _ => valid with { ShelterContact = valid.ShelterContact! with { Phone = "+45 87 65 43 21\n" } },
        };

        var response = await shelter.PostAsJsonAsync("/api/referrals", request, TestJson.Options);

        await response.AssertFieldRuleAsync(HttpStatusCode.BadRequest, field, rule);
    }

    [Theory]
    [InlineData("+45 12 34 56 78 901", true)]
    [InlineData("12345678", true)]
    [InlineData("+45 12 34 56 78 9012", false)]
    [InlineData("1234567", false)]
    [InlineData("+45-12345678", false)]
    public async Task The_phone_rule_accepts_what_its_Danish_text_says(string phone, bool accepted)
    {
        using var shelter = referrals.Shelter();
        var valid = ReferralRequests.Valid();

        var response = await shelter.PostAsJsonAsync("/api/referrals", valid with { Woman = valid.Woman! with { Phone = phone } }, TestJson.Options);

        if (accepted)
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return;
        }

        var problem = await response.AssertFieldRuleAsync(HttpStatusCode.BadRequest, "woman.phone", "PhoneFormat");
        Assert.Equal(
            "Telefonnummeret skal bestå af 8 til 18 cifre og mellemrum, eventuelt med + foran.",
            problem.GetProperty("errors").GetProperty("woman.phone")[0].GetString());
    }

    [Fact]
    public async Task More_children_than_a_referral_holds_are_refused()
    {
        using var shelter = referrals.Shelter();
        var request = ReferralRequests.Valid() with
        {
            Children = Enumerable.Range(0, SubmitReferralValidator.MaxChildren + 1).Select(_ => new ChildInput("Ida", 6)).ToList(),
        };

        var response = await shelter.PostAsJsonAsync("/api/referrals", request, TestJson.Options);

        await response.AssertFieldRuleAsync(HttpStatusCode.BadRequest, "children", "MaxCount");
    }

    [Fact]
    public async Task More_committee_participants_than_a_committee_has_are_refused()
    {
        var id = await referrals.SubmitAsync();
        using var committee = referrals.Committee();
        var participants = Enumerable.Range(0, DecisionRequestValidator.MaxParticipants + 1).Select(i => $"Deltager {i}").ToList();

        var response = await committee.PostAsJsonAsync(
            $"/api/referrals/{id}/decline", new DecisionRequest(ReferralsClient.HeldMeeting, participants, "Ikke i målgruppen", null, null), TestJson.Options);

        await response.AssertFieldRuleAsync(HttpStatusCode.BadRequest, "participants", "MaxCount");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"https://example.invalid\",\"Klik\")")]
    [InlineData("+1+1")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    public async Task A_reason_that_would_run_as_a_spreadsheet_formula_is_escaped_in_the_csv_report(string reason)
    {
        var id = await referrals.SubmitAsync();
        (await referrals.DeclineAsync(id, reason)).EnsureSuccessStatusCode();
        using var lead = referrals.As(Roles.TeamLead);

        var rows = await AllCsvRowsAsync(lead);

        var row = Assert.Single(rows, r => r[0] == id.ToString());
        Assert.Equal("'" + reason, row[6]); // the decision's reasons, after the status code and its label
    }

    // Reasons are trimmed when decided, so a leading tab or carriage return arrives through the organisation claim.
    [Theory]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public async Task A_referrer_that_would_run_as_a_spreadsheet_formula_is_escaped_in_the_csv_report(string organisation)
    {
        var id = await referrals.SubmitAsync(organisation: organisation);
        using var lead = referrals.As(Roles.TeamLead);

        var rows = await AllCsvRowsAsync(lead);

        var row = Assert.Single(rows, r => r[0] == id.ToString());
        Assert.Equal("'" + organisation, row[1]);
    }

    /// <summary>Every row of the CSV report, each as its raw fields, following the Next-Cursor header from page to page.</summary>
    private static async Task<List<string[]>> AllCsvRowsAsync(HttpClient client)
    {
        var rows = new List<string[]>();
        string? cursor = null;
        do
        {
            using var response = await client.GetAsync(
                "/api/referrals/report?format=csv&limit=200" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            response.EnsureSuccessStatusCode();
            using var csv = new CsvReader(new StringReader(await response.Content.ReadAsStringAsync()), CultureInfo.InvariantCulture);
            await csv.ReadAsync();
            csv.ReadHeader();
            while (await csv.ReadAsync())
            {
                rows.Add(csv.Parser.Record!);
            }

            cursor = response.Headers.TryGetValues(ReferralReportsApi.NextCursorHeader, out var next) ? next.Single() : null;
        }
        while (cursor is not null);

        return rows;
    }

    private static DateOnly Today() => CtiPlatform.Domain.CopenhagenCalendar.DateAt(DateTimeOffset.UtcNow);
}
