using CtiPlatform.Domain;

namespace CtiPlatform.SampleService.Domain;

/// <summary>Why a note command was refused; texts in Resources/SampleTexts.resx under the rule's name.</summary>
public static class NoteRefusal
{
    public static readonly Refusal TooLong = new(nameof(TooLong), "text");
    public static readonly Refusal AlreadyArchived = new(nameof(AlreadyArchived));
}
