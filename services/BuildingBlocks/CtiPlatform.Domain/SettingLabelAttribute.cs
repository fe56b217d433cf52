namespace CtiPlatform.Domain;

/// <summary>
/// A municipality setting's label: the name of its text in the service's resources (Danish, with an English satellite),
/// shown to the tenant admin next to the value (docs/decisions/034-settings-api.md). Not <c>[Display]</c>: validation
/// would then name the setting by its label, where an operator needs its configuration key, and would fail on the
/// internal resource classes.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SettingLabelAttribute(string name, Type texts) : Attribute
{
    /// <summary>The text's name, e.g. <c>nameof(ReferralTexts.SettingCaseloadLimit)</c>.</summary>
    public string Name { get; } = name;

    /// <summary>The service's generated resource class, whose <c>ResourceManager</c> holds the text.</summary>
    public Type Texts { get; } = texts;
}
