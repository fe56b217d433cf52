namespace CtiPlatform.CourseTracking.Api;

/// <summary>The municipality's outcome figures over the courses closed from <see cref="From"/> to <see cref="To"/>, both included.</summary>
public sealed record OutcomeFiguresView(DateOnly From, DateOnly To, int CoursesClosed, IReadOnlyList<OutcomeFigureView> Figures);
