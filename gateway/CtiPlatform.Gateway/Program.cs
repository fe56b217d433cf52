using CtiPlatform.Gateway;
using CtiPlatform.ServiceDefaults;
using CtiPlatform.ServiceDefaults.Health;

if (await AliveProbe.TryRunAsync(args))
{
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGateway();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapGateway();
await app.RunAsync();
