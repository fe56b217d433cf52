namespace CtiPlatform.Web.Pages.Worker;

/// <summary>What the safety section shows of <c>GET /api/safety/courses/{id}</c>: whether her address is protected, and an active stop of all contact.</summary>
public sealed record SafetyOverview(Guid CourseId, AddressProtection? AddressProtection, ContactStop? ContactStop);
