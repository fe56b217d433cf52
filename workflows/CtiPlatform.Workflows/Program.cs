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
app.MapDefaultEndpoints();
app.MapWorkflowsApi();
app.Run();
