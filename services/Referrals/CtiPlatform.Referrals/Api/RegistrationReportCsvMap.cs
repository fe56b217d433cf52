using System.Globalization;
using CsvHelper.Configuration;
using CtiPlatform.Referrals.Resources;

namespace CtiPlatform.Referrals.Api;

/// <summary>
/// The registration report's CSV columns, headed in the reader's language (Danish by default) from
/// Resources/ReferralTexts.resx <c>ReportColumn_*</c>, yes and no as words. A code keeps its own column, headed as
/// the code, next to its label, so a machine reading the file is not bound to the wording (decision 030).
/// </summary>
public sealed class RegistrationReportCsvMap : ClassMap<RegistrationReportRow>
{
    public RegistrationReportCsvMap()
    {
        // Written through the members, read back through the record's constructor: both get the same headers.
        AutoMap(CultureInfo.InvariantCulture);
        foreach (var column in MemberMaps)
        {
            column.Name(Header(column.Data.Member!.Name));
            if (column.Data.Type == typeof(bool))
            {
                column.TypeConverter(YesNo());
            }
        }

        foreach (var parameter in ParameterMaps)
        {
            parameter.Name(Header(parameter.Data.Parameter.Name!));
            if (parameter.Data.Parameter.ParameterType == typeof(bool))
            {
                parameter.TypeConverter(YesNo());
            }
        }
    }

    private static string Header(string column) =>
        ReferralTexts.ResourceManager.GetString($"ReportColumn_{column}") ?? throw new InvalidOperationException($"No header for {column}.");

    private static YesNoConverter YesNo() => new(Header("Yes"), Header("No"));
}
