namespace CtiPlatform.SafetyPlanning.Domain;

/// <summary>The kind of protection her address has in the CPR register. Appended, never renumbered.</summary>
public enum AddressProtectionKind
{
    /// <summary><i>Navne- og adressebeskyttelse</i>: granted for one year at a time, then applied for again.</summary>
    NameAndAddress = 0,

    /// <summary><i>Særlig adressebeskyttelse</i>: she is registered "uden fast bopæl" (without fixed residence) in the CPR register.</summary>
    Special = 1,
}
