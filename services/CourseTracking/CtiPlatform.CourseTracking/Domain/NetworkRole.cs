namespace CtiPlatform.CourseTracking.Domain;

/// <summary>The roles of the network overview, as the seed's *netværksoverblik* lists them (seed 000, 4.1.1). Appended, never renumbered.</summary>
public enum NetworkRole
{
    FamilyOrRelative = 0,
    ChildrenCaseworker = 1,
    AdultCaseworker = 2,
    BenefitsCaseworker = 3,
    YouthGuidanceCounsellor = 4,
    JobCentreConsultant = 5,
    SupportAndContactPerson = 6,
    InpatientPsychiatry = 7,
    DistrictPsychiatry = 8,
    SubstanceAbuseCounsellor = 9,
    PprWorker = 10,
    SspWorker = 11,
    FosterCareConsultant = 12,
    FamilyTherapist = 13,
    PlacementSite = 14,
    Probation = 15,
    GeneralPractitioner = 16,
    SchoolRepresentative = 17,
    EducationalInstitution = 18,
    CompanyRepresentative = 19,
    TraineeshipRepresentative = 20,
    Other = 21,
}
