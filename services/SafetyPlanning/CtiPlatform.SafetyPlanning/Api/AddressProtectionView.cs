using CtiPlatform.SafetyPlanning.Domain;

namespace CtiPlatform.SafetyPlanning.Api;

/// <summary>
/// That her address is protected and how, with Danish labels: the kind, when it was registered and runs out, and for
/// special protection how the CPR register shows her ("uden fast bopæl").
/// </summary>
public sealed record AddressProtectionView(
    AddressProtectionKind Kind, string KindLabel, DateOnly RegisteredOn, DateOnly? ExpiresOn, string? CprRegistration);
