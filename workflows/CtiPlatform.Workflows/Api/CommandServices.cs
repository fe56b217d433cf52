using CtiPlatform.ServiceDefaults.Tenancy;
using CtiPlatform.Workflows.Lifecycle;
using CtiPlatform.Workflows.Persistence;

namespace CtiPlatform.Workflows.Api;

/// <summary>What every course command handler needs, bound with <c>[AsParameters]</c>.</summary>
internal readonly record struct CommandServices(WorkflowsDbContext Db, TenantContext Tenant, CourseLifecycleWriter Writer, CancellationToken RequestAborted);
