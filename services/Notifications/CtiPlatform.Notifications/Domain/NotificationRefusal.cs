using CtiPlatform.Domain;

namespace CtiPlatform.Notifications.Domain;

/// <summary>Why a notification command was refused; texts in Resources/NotificationTexts.resx under the rule's name.</summary>
public static class NotificationRefusal
{
    public static readonly Refusal EmailAddressMissing = new(nameof(EmailAddressMissing), "email");
    public static readonly Refusal UnsafeTemplateVariableInSubject = new(nameof(UnsafeTemplateVariableInSubject), "subject");
    public static readonly Refusal UnsafeTemplateVariableInBody = new(nameof(UnsafeTemplateVariableInBody), "body");
    public static readonly Refusal ConsentInFuture = new(nameof(ConsentInFuture), "consentGivenAt");
    public static readonly Refusal NumberNotConfirmed = new(nameof(NumberNotConfirmed), "numberConfirmed");
    public static readonly Refusal EmptySafeWindow = new(nameof(EmptySafeWindow), "safeUntil");
    public static readonly Refusal SenderNameNotNeutral = new(nameof(SenderNameNotNeutral), "senderName");
    public static readonly Refusal UnknownSmsTemplate = new(nameof(UnknownSmsTemplate), "template");
    public static readonly Refusal UnknownSmsLanguage = new(nameof(UnknownSmsLanguage), "language");
    public static readonly Refusal CourseClosed = new(nameof(CourseClosed), "courseId");
    public static readonly Refusal NeverContactNumber = new(nameof(NeverContactNumber), "phoneNumber");
}
