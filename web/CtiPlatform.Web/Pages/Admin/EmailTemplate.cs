namespace CtiPlatform.Web.Pages.Admin;

/// <summary>A reminder e-mail's wording in force (<c>TemplateView</c>): the municipality's own, or the default.</summary>
public sealed record EmailTemplate(string Kind, string Title, string Subject, string Body, bool IsDefault);
