using CtiPlatform.Notifications;
using CtiPlatform.Persistence.Schema;
using CtiPlatform.ServiceDefaults;
using CtiPlatform.ServiceDefaults.Health;

if (await AliveProbe.TryRunAsync(args))
{
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddNotifications();

var app = builder.Build();
if (await MigrateCommand.TryRunAsync(app, args))
{
    return;
}

app.MapDefaultEndpoints();
app.MapNotificationsApi();
app.Run();
