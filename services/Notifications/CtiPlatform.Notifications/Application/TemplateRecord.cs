using CtiPlatform.Notifications.Domain;

namespace CtiPlatform.Notifications.Application;

/// <summary>The wording in force for one kind: the municipality's own, or the shipped default.</summary>
internal sealed record TemplateRecord(ReminderKind Kind, string Subject, string Body, bool IsDefault);
