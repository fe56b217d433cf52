using CtiPlatform.CourseTracking.Domain;
using CtiPlatform.CourseTracking.Resources;

namespace CtiPlatform.CourseTracking.Api;

/// <summary>The Danish (or, by request culture, English) labels next to the codes the API returns.</summary>
internal static class TrackingLabels
{
    public static string Of(TrackingStage stage) => CourseTrackingTexts.ResourceManager.GetString($"Stage{stage}", CourseTrackingTexts.Culture)!;
}
