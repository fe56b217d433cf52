using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.TypeConversion;

namespace CtiPlatform.Referrals.Api;

/// <summary>A yes/no column of a CSV report as the reader's words for yes and no, read back the same way.</summary>
internal sealed class YesNoConverter(string yes, string no) : DefaultTypeConverter
{
    public override string ConvertToString(object? value, IWriterRow row, MemberMapData memberMapData) => value is true ? yes : no;

    public override object ConvertFromString(string? text, IReaderRow row, MemberMapData memberMapData) =>
        text == yes || (text == no ? false : throw new TypeConverterException(this, memberMapData, text, row.Context));
}
