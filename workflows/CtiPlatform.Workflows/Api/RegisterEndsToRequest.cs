using CtiPlatform.Contracts.Courses;

namespace CtiPlatform.Workflows.Api;

/// <summary>What the course ends to, the support she goes on to (seed 001), registered while the course runs.</summary>
public sealed record RegisterEndsToRequest(CourseEndsTo? EndsTo);
