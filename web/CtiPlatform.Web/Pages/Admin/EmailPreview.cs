namespace CtiPlatform.Web.Pages.Admin;

/// <summary>The e-mail a wording gives for a sample reminder (<c>PreviewView</c>).</summary>
public sealed record EmailPreview(string Subject, string Body);
