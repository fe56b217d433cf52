namespace CtiPlatform.Web.Pages.Worker;

/// <summary>A compass measurement the method asks for, when it is due, and whether both have scored it.</summary>
public sealed record CompassDue(string Occasion, string OccasionLabel, DateOnly DueOn, bool Done);
