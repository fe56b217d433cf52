namespace CtiPlatform.CourseTracking.Domain;

/// <summary>
/// The seven themes a focus area is chosen from, and the children and their relation to their father for women with
/// children (seed 000; domain.md §4). Values are appended, never renumbered: they are kept in stored plans.
/// </summary>
public enum PlanTheme
{
    PhysicalAndMentalHealth = 0,
    Safety = 1,
    DailyActivities = 2,
    NetworkAndSocialRelations = 3,
    Economy = 4,
    Housing = 5,
    EducationAndEmployment = 6,
    Children = 7,
}
