using System.Globalization;
using System.Net.Http.Json;
using CsvHelper;
using CtiPlatform.Referrals.Api;
using CtiPlatform.ServiceDefaults.Paging;
using CtiPlatform.ServiceDefaults.Security;
using CtiPlatform.Testing;

namespace CtiPlatform.Referrals.Tests;

public sealed class RegistrationReportTests(ReferralsFixture fixture) : IClassFixture<ReferralsFixture>
{
    private readonly ReferralsClient referrals = new(fixture.Host);

    [Fact]
    public async Task The_report_records_who_referred_the_decision_and_its_reason()
    {
        var declined = await referrals.SubmitAsync(organisation: ReferralsClient.ShelterB);
        (await referrals.DeclineAsync(declined, "Ønsker ikke forløb")).EnsureSuccessStatusCode();
        using var lead = referrals.As(Roles.TeamLead);

        var rows = await lead.GetFromJsonAsync<Page<RegistrationReportRow>>("/api/referrals/report", TestJson.Options);

        var row = Assert.Single(rows!.Items, r => r.ReferralId == declined);
        Assert.Equal(ReferralsClient.ShelterB, row.ReferredBy);
        Assert.Equal(ReferralsClient.HeldMeeting, row.DecidedOn);
        Assert.Equal("Ønsker ikke forløb", row.DecisionReason);
        Assert.Equal(Domain.ReferralStatus.Declined, row.Status);
    }

    [Fact]
    public async Task The_csv_export_matches_the_json()
    {
        var approved = await referrals.SubmitAsync();
        (await referrals.ApproveAsync(approved, "worker-report")).EnsureSuccessStatusCode();
        await referrals.SubmitAsync(ReferralRequests.Valid(criteriaMet: 0));
        using var admin = referrals.As(Roles.TenantAdmin);

        var json = await admin.GetFromJsonAsync<Page<RegistrationReportRow>>("/api/referrals/report", TestJson.Options);
        var csvResponse = await admin.GetAsync("/api/referrals/report?format=csv");
        using var reader = new CsvReader(new StringReader(await csvResponse.Content.ReadAsStringAsync()), CultureInfo.InvariantCulture);
        reader.Context.RegisterClassMap(new RegistrationReportCsvMap());
        // CSV cannot tell an empty text from a missing one; the JSON's nulls are the empty fields.
        reader.Context.TypeConverterOptionsCache.GetOptions<string>().NullValues.Add("");
        var csv = reader.GetRecords<RegistrationReportRow>().ToArray();

        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        Assert.True(json!.Items.Count >= 2);
        Assert.Equal(json.Items, csv);
    }

    [Fact]
    public async Task The_csv_export_has_Danish_headers_and_Danish_labels_next_to_the_codes()
    {
        var declined = await referrals.SubmitAsync();
        (await referrals.DeclineAsync(declined, "Kvinden har fået et andet tilbud")).EnsureSuccessStatusCode();
        using var lead = referrals.As(Roles.TeamLead);

        var lines = (await lead.GetStringAsync("/api/referrals/report?format=csv&limit=" + PageRequest.MaxLimit)).Split("\r\n");

        Assert.Equal(
            "Indstilling (id),Indstillet af,Indsendt,Status (kode),Status,Afgjort på mødet den,Begrundelse for afgørelsen," +
            "Afgjort imod målgruppekriterierne,Over grænsen for vægtet sagsstamme,Indflytning i egen bolig,Forløbet afsluttet den," +
            "Afslutningsårsag (kode),Afslutningsårsag,Afsluttet til (kode),Afsluttet til",
            lines[0]);
        var row = Assert.Single(lines, l => l.StartsWith(declined.ToString(), StringComparison.Ordinal));
        Assert.Contains(",Declined,Afslået,", row, StringComparison.Ordinal);
        // Declining a referral that meets three criteria is a decision against its eligibility: "Ja".
        Assert.Contains(",Kvinden har fået et andet tilbud,Ja,Nej,", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_export_pages_with_the_next_cursor_in_a_header()
    {
        await referrals.SubmitAsync();
        await referrals.SubmitAsync();
        using var admin = referrals.As(Roles.TenantAdmin);

        var all = await PagedLists.AllAsync<RegistrationReportRow>(admin, "/api/referrals/report", TestJson.Options, limit: PageRequest.MaxLimit);
        var first = await admin.GetAsync("/api/referrals/report?format=csv&limit=1");
        var cursor = Assert.Single(first.Headers.GetValues(ReferralReportsApi.NextCursorHeader));
        var second = await admin.GetStringAsync($"/api/referrals/report?format=csv&limit=1&cursor={Uri.EscapeDataString(cursor)}");

        Assert.True(all.Items.Count >= 2);
        Assert.Contains(all.Items[0].ReferralId.ToString(), await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(all.Items[1].ReferralId.ToString(), second, StringComparison.Ordinal);
        Assert.DoesNotContain(all.Items[0].ReferralId.ToString(), second, StringComparison.Ordinal);
    }
}
