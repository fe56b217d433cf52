namespace CtiPlatform.Web.Pages.Worker;

/// <summary>Her well-being computed from her own compass scoring at the start and the last occasion after it.</summary>
public sealed record WellBeingChange(string EndOccasionLabel, decimal StartMean, decimal EndMean, decimal Change, bool Improved);
