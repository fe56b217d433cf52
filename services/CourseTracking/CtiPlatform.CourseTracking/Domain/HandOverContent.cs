namespace CtiPlatform.CourseTracking.Domain;

/// <summary>What the hand-over plan says about her and her network; kept encrypted, only the meetings' dates are in the clear.</summary>
public sealed record HandOverContent(
    IReadOnlyList<string> LongTermNeeds, IReadOnlyList<Supporter> Supporters, ResponsiblePerson Responsible, IReadOnlyList<HandOverMeeting> Meetings);
