namespace CtiPlatform.Web.Pages.Admin;

/// <summary>
/// One kind of reminder e-mail: its wording, a preview filled with a sample reminder, and saving it. The service is the
/// judge of a wording (only the safe placeholders, a one-line subject); its refusals show next to the field.
/// </summary>
public sealed class TemplateModel(GatewayClient gateway) : PageModel
{
    private static readonly (string Path, FieldKind Kind)[] Fields = [("subject", FieldKind.Text), ("body", FieldKind.Text)];

    public EmailTemplate? Template { get; private set; }

    public EmailPreview? Preview { get; private set; }

    public FormState Form { get; private set; } = FormState.Empty;

    public async Task<IActionResult> OnGetAsync(string kind, CancellationToken ct)
    {
        if (!await LoadAsync(kind, ct))
        {
            return NotFound();
        }

        Form = new FormState(new Dictionary<string, string> { ["subject"] = Template!.Subject, ["body"] = Template.Body }, new Dictionary<string, string[]>(), null);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(string kind, CancellationToken ct)
    {
        Form = FormState.From(Request.Form);
        var answer = await gateway.PostAsync<EmailPreview>($"/api/notifications/templates/{Uri.EscapeDataString(kind)}/preview", FormJson.Build(Form, Fields), ct);
        if (answer.NotFound || !await LoadAsync(kind, ct))
        {
            return NotFound();
        }

        return Answer(answer.Problem, () => Preview = answer.Value);
    }

    public async Task<IActionResult> OnPostSaveAsync(string kind, CancellationToken ct)
    {
        Form = FormState.From(Request.Form);
        var answer = await gateway.PutAsync<EmailTemplate>($"/api/notifications/templates/{Uri.EscapeDataString(kind)}", FormJson.Build(Form, Fields), ct);
        if (answer.NotFound)
        {
            return NotFound();
        }

        if (answer.Problem is null)
        {
            return Redirect("/admin/templates?saved=true");
        }

        return await LoadAsync(kind, ct) ? Answer(answer.Problem, () => { }) : NotFound();
    }

    private IActionResult Answer(ApiProblem? problem, Action succeeded)
    {
        if (problem is not null)
        {
            Form = Form.WithProblem(problem);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        else
        {
            succeeded();
        }

        return Page();
    }

    private async Task<bool> LoadAsync(string kind, CancellationToken ct)
    {
        var templates = (await gateway.GetAsync<List<EmailTemplate>>("/api/notifications/templates", ct)).Value ?? [];
        Template = templates.FirstOrDefault(t => t.Kind == kind);
        return Template is not null;
    }
}
