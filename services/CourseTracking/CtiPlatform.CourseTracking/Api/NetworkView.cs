namespace CtiPlatform.CourseTracking.Api;

/// <summary>
/// Her network overview as data, by field and distance; the same as an SVG map at <c>network/map.svg</c>. A team lead
/// sees the persons she has not consented to share only as <see cref="NotConsentedCount"/>.
/// </summary>
public sealed record NetworkView(Guid CourseId, IReadOnlyList<NetworkPersonView> Persons, int NotConsentedCount);
