namespace CtiPlatform.Web.Pages.Worker;

/// <summary>
/// Her network: the service's map as a picture (served here at <c>network/map</c>, decision 815) and the same persons
/// as a table, which is also the picture's text alternative.
/// </summary>
public sealed class CourseNetworkModel(GatewayClient gateway) : PageModel
{
    public Guid CourseId { get; private set; }

    public Network? Network { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        CourseId = id;
        Network = (await gateway.GetAsync<Network>($"/api/tracking/courses/{id}/network", ct)).Value;
        return Network is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnGetMapAsync(Guid id, CancellationToken ct) =>
        SvgPicture.Of(await gateway.GetSvgAsync($"/api/tracking/courses/{id}/network/map.svg", ct));
}
