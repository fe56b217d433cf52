namespace CtiPlatform.Web.Pages.Worker;

/// <summary>One dimension of the change compass scored 1-10.</summary>
public sealed record CompassScore(string Dimension, string DimensionLabel, int Score);
