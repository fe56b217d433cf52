using CtiPlatform.Domain;

namespace CtiPlatform.CourseTracking.Domain;

/// <summary>Why a course tracking command was refused; texts in Resources/CourseTrackingTexts.resx under the rule's name.</summary>
public static class TrackingRefusal
{
    /// <summary>The course has closed: nothing more is planned or recorded in it.</summary>
    public static readonly Refusal CourseClosed = new(nameof(CourseClosed));
}
