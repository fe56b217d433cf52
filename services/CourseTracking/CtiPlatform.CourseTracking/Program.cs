using CtiPlatform.CourseTracking;
using CtiPlatform.Persistence.Schema;
using CtiPlatform.ServiceDefaults;
using CtiPlatform.ServiceDefaults.Health;

if (await AliveProbe.TryRunAsync(args))
{
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddCourseTracking();

var app = builder.Build();
if (await MigrateCommand.TryRunAsync(app, args))
{
    return;
}

app.MapDefaultEndpoints();
app.MapCourseTrackingApi();
app.Run();
