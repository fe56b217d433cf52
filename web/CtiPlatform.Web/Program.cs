using CtiPlatform.ServiceDefaults.Health;
using CtiPlatform.Web;

if (await AliveProbe.TryRunAsync(args))
{
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddWeb();
var app = builder.Build();
app.MapWeb();
app.Run();
