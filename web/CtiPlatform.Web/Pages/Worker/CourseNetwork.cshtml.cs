namespace CtiPlatform.Web.Pages.Worker;

/// <summary>
/// Her network: the service's map as a picture (served here at <c>network/map</c>, decision 815) and the same persons
/// as a table, which is also the picture's text alternative.
/// </summary>
public sealed class CourseNetworkModel(GatewayClient gateway) : CoursePageModel(gateway)
{
    public Network? Network { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => PageOrNotFoundAsync(ct);

    public async Task<IActionResult> OnGetMapAsync(CancellationToken ct) =>
        SvgPicture.Of(await Gateway.GetSvgAsync($"/api/tracking/courses/{CourseId}/network/map.svg", ct));

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        Network = (await Gateway.GetAsync<Network>($"/api/tracking/courses/{CourseId}/network", ct)).Value;
        return Network is not null;
    }
}
