using CtiPlatform.Notifications;
using CtiPlatform.Notifications.Api;
using CtiPlatform.CourseTracking;
using CtiPlatform.CourseTracking.Api;
using CtiPlatform.Referrals;
using CtiPlatform.Referrals.Api;
using CtiPlatform.SafetyPlanning;
using CtiPlatform.SafetyPlanning.Api;
using CtiPlatform.ServiceDefaults;
using CtiPlatform.ServiceDefaults.Health;
using CtiPlatform.Standalone;
using CtiPlatform.Standalone.Composition;
using CtiPlatform.Workflows;
using CtiPlatform.Workflows.Api;

if (await AliveProbe.TryRunAsync(args))
{
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddStandaloneDefaults();
builder.AddServiceDefaults();
builder.AddEmbeddedService("referrals", ReferralsApi.Prefix, b => b.AddReferrals(), a => a.MapReferralsApi());
builder.AddEmbeddedService("courses", CoursesApi.Prefix, b => b.AddWorkflows(), a => a.MapWorkflowsApi());
builder.AddEmbeddedService("safetyplanning", SafetyCoursesApi.Prefix, b => b.AddSafetyPlanning(), a => a.MapSafetyPlanningApi());
builder.AddEmbeddedService("notifications", InboxApi.Prefix, b => b.AddNotifications(), a => a.MapNotificationsApi());
builder.AddEmbeddedService("coursetracking", TrackedCoursesApi.Prefix, b => b.AddCourseTracking(), a => a.MapCourseTrackingApi());

var app = builder.Build();
app.UseEmbeddedWebApp();
app.MapDefaultEndpoints();
app.UseEmbeddedServices();
app.MapEmbeddedDocumentation();
app.Run();
