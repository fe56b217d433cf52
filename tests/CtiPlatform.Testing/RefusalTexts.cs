using System.Globalization;
using System.Reflection;
using System.Resources;
using CtiPlatform.Domain;
using Xunit;

namespace CtiPlatform.Testing;

/// <summary>Every refusal a domain can return must reach the user as a Danish text, with an English one second.</summary>
public static class RefusalTexts
{
    /// <summary>Asserts that every <see cref="Refusal"/> field of <paramref name="refusals"/> has a distinct Danish and English text.</summary>
    public static void AssertEveryRuleHasTexts(Type refusals, ResourceManager texts)
    {
        var rules = refusals.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(Refusal))
            .Select(f => ((Refusal)f.GetValue(null)!).Rule)
            .ToList();

        Assert.NotEmpty(rules);
        foreach (var rule in rules)
        {
            var danish = texts.GetString(rule, CultureInfo.GetCultureInfo("da"));
            var english = texts.GetString(rule, CultureInfo.GetCultureInfo("en"));
            Assert.False(string.IsNullOrWhiteSpace(danish), $"{rule} has no Danish text");
            Assert.False(string.IsNullOrWhiteSpace(english), $"{rule} has no English text");
            Assert.NotEqual(danish, english);
        }
    }
}
