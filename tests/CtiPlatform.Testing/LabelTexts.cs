using System.Globalization;
using System.Resources;
using Xunit;

namespace CtiPlatform.Testing;

/// <summary>Every code a response carries must reach the reader with a Danish label, and an English one second.</summary>
public static class LabelTexts
{
    /// <summary>Asserts that every value of <typeparamref name="TEnum"/> has a distinct Danish and English text under <c>{prefix}_{value}</c>.</summary>
    public static void AssertEveryValueHasLabels<TEnum>(string prefix, ResourceManager texts)
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetNames<TEnum>())
        {
            var key = $"{prefix}_{value}";
            var danish = texts.GetString(key, CultureInfo.GetCultureInfo("da"));
            var english = texts.GetString(key, CultureInfo.GetCultureInfo("en"));
            Assert.False(string.IsNullOrWhiteSpace(danish), $"{key} has no Danish label");
            Assert.False(string.IsNullOrWhiteSpace(english), $"{key} has no English label");
            Assert.NotEqual(danish, english);
        }
    }
}
