using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// The evaluator export as CSV: the courses' table, an empty line, then the summary's table, each with its own header
/// row in the reader's language (Resources <c>ExportColumn*</c>). Every code keeps a column of its own, headed
/// "… (kode)", next to its label, and yes/no are words, as in the referrals' registration report (decision 030).
/// </summary>
internal static class EvaluatorExportCsv
{
    // Every value is our own — codes, labels from the resources, numbers, the tenant id — never text a person typed, so
    // nothing can run as a formula. Escaping would also turn a fall in well-being, -1.5, into the text '-1.5.
    private static readonly CsvConfiguration Settings = new(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.None };

    public static async Task<string> WriteAsync(EvaluatorExportView export, CancellationToken ct)
    {
        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await using (var csv = new CsvWriter(text, Settings, leaveOpen: true))
        {
            await RowAsync(csv, ct, Headers(
                "Municipality", "Course", "ClosedIn", "ClosureReasonCode", "ClosureReason", "KeptHome", "HasSafetyStrategy", "ReadmittedToShelter",
                "WellBeingChange", "WellBeingImproved", "ChildrenInDayCareOrSchool", "ChildrenInLeisureActivities", "KeptHomeAfterOneYear", "FlagCodes", "Flags"));
            foreach (var course in export.Courses)
            {
                await RowAsync(csv, ct,
                    export.Municipality, Number(course.Course), course.ClosedIn, course.ClosureReason?.ToString(), course.ClosureReasonLabel,
                    YesNo(course.KeptHome), YesNo(course.HasSafetyStrategy), YesNo(course.ReadmittedToShelter),
                    course.WellBeingChange?.ToString("0.0", CultureInfo.InvariantCulture), YesNo(course.WellBeingImproved),
                    YesNo(course.ChildrenInDayCareOrSchool), YesNo(course.ChildrenInLeisureActivities), YesNo(course.KeptHomeAfterOneYear),
                    string.Join("; ", course.Flags), string.Join("; ", course.FlagLabels));
            }

            await RowAsync(csv, ct);
            await RowAsync(csv, ct, Headers("Municipality", "From", "To", "FigureCode", "Figure", "Count", "Of", "Percent", "GoalPercent"));
            foreach (var figure in export.Summary)
            {
                await RowAsync(csv, ct,
                    export.Municipality, export.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), export.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    figure.Figure, figure.Label, Number(figure.Count), Number(figure.Of), figure.Percent?.ToString("0.0", CultureInfo.InvariantCulture),
                    figure.GoalPercent is { } goal ? Number(goal) : null);
            }
        }

        return text.ToString();
    }

    private static async Task RowAsync(CsvWriter csv, CancellationToken ct, params string?[] fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(field);
        }

        await csv.NextRecordAsync();
        ct.ThrowIfCancellationRequested();
    }

    private static string[] Headers(params string[] columns) => [.. columns.Select(c => TrackingLabels.Text($"ExportColumn{c}"))];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? YesNo(bool? value) => value switch
    {
        true => TrackingLabels.Text("ExportYes"),
        false => TrackingLabels.Text("ExportNo"),
        null => null,
    };
}
