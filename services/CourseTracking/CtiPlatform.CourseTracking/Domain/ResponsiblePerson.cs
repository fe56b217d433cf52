namespace CtiPlatform.CourseTracking.Domain;

/// <summary>The one named person with the long-term responsibility for her support after CTI, and their role (e.g. municipal caseworker).</summary>
public sealed record ResponsiblePerson(string Name, string Role);
