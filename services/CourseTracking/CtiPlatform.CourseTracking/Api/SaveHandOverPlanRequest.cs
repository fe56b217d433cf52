namespace CtiPlatform.CourseTracking.Api;

/// <summary>The whole hand-over plan as it now stands; it replaces the one saved before (decision 506).</summary>
public sealed record SaveHandOverPlanRequest(
    IReadOnlyList<string>? LongTermNeeds, IReadOnlyList<SupporterInput>? Supporters, ResponsiblePersonInput? Responsible, IReadOnlyList<HandOverMeetingInput>? Meetings);
