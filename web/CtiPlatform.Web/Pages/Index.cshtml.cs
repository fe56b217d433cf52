using CtiPlatform.ServiceDefaults.Security;

namespace CtiPlatform.Web.Pages;

/// <summary>The front door: each role starts on its own main page.</summary>
public sealed class IndexModel : PageModel
{
    private static readonly (string Role, string Page)[] StartPages =
    [
        (Roles.Shelter, "/Shelter/Referrals"),
        (Roles.VisitationCommittee, "/Committee/Meetings"),
        (Roles.CtiWorker, "/Worker/Courses"),
        (Roles.TeamLead, "/TeamLead/Board"),
        (Roles.TenantAdmin, "/Admin/AccessLog"),
    ];

    public IActionResult OnGet() =>
        StartPages.FirstOrDefault(s => User.HasClaim(CtiClaimTypes.Role, s.Role)) is { Page: { } page }
            ? RedirectToPage(page)
            : RedirectToPage("/Waiting");
}
