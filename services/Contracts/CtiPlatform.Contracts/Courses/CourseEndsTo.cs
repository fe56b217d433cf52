namespace CtiPlatform.Contracts.Courses;

/// <summary>
/// What a course ends to (seed 001: "hvad CTI forløbet afsluttes til"): the support she goes on to, registered apart
/// from why it ended. Values are appended, never renumbered: they travel in messages.
/// </summary>
public enum CourseEndsTo
{
    MunicipalCaseworker = 0,
    Section85Support = 1,
    CoordinatingCounselling = 2,
    OtherSupport = 3,
    NoSupport = 4,
    Unknown = 5,
}
