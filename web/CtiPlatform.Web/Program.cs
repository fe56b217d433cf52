using CtiPlatform.Persistence.Schema;
using CtiPlatform.ServiceDefaults.Health;
using CtiPlatform.Web;

if (await AliveProbe.TryRunAsync(args))
{
    return;
}

var builder = WebApplication.CreateBuilder(args);
// The demo log-in is the standalone host's alone (decision 805): whatever the environment says, the app's own host
// never offers it, so it starts only with an identity provider.
builder.Configuration.AddInMemoryCollection([new("DemoLoginOptions:Enabled", "false")]);
builder.AddWeb();
var app = builder.Build();
if (await MigrateCommand.TryRunAsync(app, args))
{
    return;
}

app.MapWeb();
app.Run();
