using CtiPlatform.Persistence.Schema;
using CtiPlatform.ServiceDefaults;
using CtiPlatform.ServiceDefaults.Health;
using CtiPlatform.Workflows;

if (await AliveProbe.TryRunAsync(args))
{
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddWorkflows();
var app = builder.Build();
if (await MigrateCommand.TryRunAsync(app, args))
{
    return;
}

app.MapDefaultEndpoints();
app.MapWorkflowsApi();
app.Run();
