using CtiPlatform.Domain;

namespace CtiPlatform.Notifications.Domain;

/// <summary>Why a notification command was refused; texts in Resources/NotificationTexts.resx under the rule's name.</summary>
public static class NotificationRefusal
{
    public static readonly Refusal EmailAddressMissing = new(nameof(EmailAddressMissing), "email");
    public static readonly Refusal UnsafeTemplateVariableInSubject = new(nameof(UnsafeTemplateVariableInSubject), "subject");
    public static readonly Refusal UnsafeTemplateVariableInBody = new(nameof(UnsafeTemplateVariableInBody), "body");
}
