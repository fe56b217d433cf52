namespace CtiPlatform.SafetyPlanning.Domain;

/// <summary>
/// The sections of a safety plan (seed 000, ch. 2: "flugtvej og en destination", "penge, tøj og id", "et sted i boligen,
/// hvor kvinden kan låse sig inde", sikkerhed "på telefon og sociale medier", "udlevering af børn til samvær"); each
/// is free text, empty when not yet discussed.
/// </summary>
public sealed record SafetyPlanSections(
    string? EscapeRoute,
    string? EscapeDestination,
    string? EmergencyBag,
    string? LockableRoom,
    string? WhoToCall,
    string? HomeSecurity,
    string? PoliceMeasures,
    string? PhoneAndSocialMedia,
    string? ExPartnerContactAndHandOvers,
    string? ChildrenCollection);
