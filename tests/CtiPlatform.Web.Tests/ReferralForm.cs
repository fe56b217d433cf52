using System.Globalization;

namespace CtiPlatform.Web.Tests;

/// <summary>The shelter's referral form, filled as a person fills it: by the fields' ids, which are the API's field paths.</summary>
public static class ReferralForm
{
    public static DateOnly Today =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen")).Date);

    /// <summary>A complete, eligible referral (two criteria met, each justified) for a woman of <paramref name="name"/>.</summary>
    public static async Task FillAsync(IPage page, string name)
    {
        await page.FillAsync("#woman-name", name);
        await page.FillAsync("#woman-dateOfBirth", "1990-04-01");
        await page.FillAsync("#woman-phone", "+4512345678");
        await page.FillAsync("#woman-preferredLanguage", "dansk");
        await page.CheckAsync("#woman-interpreterNeeded-no");
        for (var i = 0; i < 6; i++)
        {
            var met = i < 2;
            await page.CheckAsync($"#criteria-{i}--met-{(met ? "yes" : "no")}");
            if (met)
            {
                await page.FillAsync($"#criteria-{i}--justification", "Vurderet af krisecentret");
            }
        }

        await page.CheckAsync("#situation-wantsCti-yes");
        await page.FillAsync("#situation-shelterEnteredOn", Iso(Today.AddDays(-60)));
        await page.FillAsync("#expectedMoveOutDate", Iso(Today.AddDays(10)));
        await page.FillAsync("#actionPlanDate", Iso(Today.AddDays(-30)));
        await page.CheckAsync("#situation-homeAllocated-yes");
        await page.FillAsync("#situation-homeAvailableFrom", Iso(Today.AddDays(10)));
        await page.CheckAsync("#situation-protectedAddress-no");
        await page.CheckAsync("#situation-smsSafe-yes");
        await page.CheckAsync("#consentToShareHistory-yes");
        await page.FillAsync("#shelterContact-name", "Kontaktperson");
        await page.FillAsync("#shelterContact-phone", "+4587654321");
    }

    /// <summary>The same referral as an API body, for tests whose subject is not the form.</summary>
    public static object Api() => new
    {
        woman = new { name = "Demo Kvinde", dateOfBirth = "1990-04-01", phone = "+4512345678", preferredLanguage = "da", interpreterNeeded = false },
        criteria = Enumerable.Range(1, 6).Select(i => new { criterion = i, met = i <= 2, justification = "Vurderet" }),
        actionPlanDate = Iso(Today.AddDays(-30)),
        expectedMoveOutDate = Iso(Today.AddDays(10)),
        consentToShareHistory = true,
        shelterContact = new { name = "Kontakt", phone = "+4587654321" },
        situation = new
        {
            wantsCti = true, shelterEnteredOn = Iso(Today.AddDays(-60)), homeAllocated = true,
            homeAvailableFrom = Iso(Today.AddDays(10)), protectedAddress = false, smsSafe = true,
        },
    };

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
