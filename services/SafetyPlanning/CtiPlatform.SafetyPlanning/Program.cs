using CtiPlatform.Persistence.Schema;
using CtiPlatform.SafetyPlanning;
using CtiPlatform.ServiceDefaults;
using CtiPlatform.ServiceDefaults.Health;

if (await AliveProbe.TryRunAsync(args))
{
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddSafetyPlanning();

var app = builder.Build();
if (await MigrateCommand.TryRunAsync(app, args))
{
    return;
}

app.MapDefaultEndpoints();
app.MapSafetyPlanningApi();
app.Run();
