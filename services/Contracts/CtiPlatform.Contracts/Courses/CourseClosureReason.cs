namespace CtiPlatform.Contracts.Courses;

/// <summary>Why a course ended. Values are appended, never renumbered: they travel in messages.</summary>
public enum CourseClosureReason
{
    Completed = 0,
    Declined = 1,
    MovedToAnotherMunicipality = 2,
    ReturnedToPerpetrator = 3,
    ReadmittedToShelter = 4,
    Died = 5,
    Other = 6,
    LostHome = 7,
    LostContact = 8,
    EndedEarlyByAgreement = 9,
    MovedForSafety = 10,
}
