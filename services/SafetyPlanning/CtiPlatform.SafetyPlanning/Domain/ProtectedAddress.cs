using CtiPlatform.Domain;
using CtiPlatform.Persistence.Tenancy;

namespace CtiPlatform.SafetyPlanning.Domain;

/// <summary>
/// Where she lives when her address is protected, kept apart from everything else about the course and only ever as
/// ciphertext (<see cref="SealedAddress"/>); the service decrypts it only for the assigned worker's deliberate disclosure.
/// </summary>
public sealed class ProtectedAddress : ITenantOwned
{
    /// <summary>Name and address protection is granted for one year at a time (CPR register).</summary>
    public const int NameAndAddressProtectionMonths = 12;

    private ProtectedAddress()
    {
    }

    public Guid CourseId { get; private set; }

    public string TenantId { get; private set; } = "";

    public AddressProtectionKind Kind { get; private set; }

    /// <summary>The address as the personal-data protector sealed it for this row; never the address in clear.</summary>
    public string SealedAddress { get; private set; } = "";

    /// <summary>The date the protection applies from; it may lie ahead when it was granted for her new home.</summary>
    public DateOnly RegisteredOn { get; private set; }

    /// <summary>When name and address protection runs out; special protection has no end this service knows of.</summary>
    public DateOnly? ExpiresOn { get; private set; }

    public string RegisteredBy { get; private set; } = "";

    /// <summary>The pending expiry reminder's token, cancelled when the protection is renewed or ends.</summary>
    public Guid? ReminderTokenId { get; private set; }

    public static Outcome<ProtectedAddress> Register(
        Guid courseId, string tenantId, AddressProtectionKind kind, string sealedAddress, DateOnly registeredOn, DateOnly today, string registeredBy)
    {
        var address = new ProtectedAddress { CourseId = courseId, TenantId = tenantId };
        return address.Change(kind, sealedAddress, registeredOn, today, registeredBy) is { } refusal ? refusal : address;
    }

    /// <summary>Registers the protection again (renewed, or of another kind). Returns the refusal, or null when changed.</summary>
    public Refusal? Change(AddressProtectionKind kind, string sealedAddress, DateOnly registeredOn, DateOnly today, string registeredBy)
    {
        DateOnly? expiresOn = kind == AddressProtectionKind.NameAndAddress ? registeredOn.AddMonths(NameAndAddressProtectionMonths) : null;
        if (expiresOn <= today)
        {
            return SafetyRefusal.ProtectionAlreadyExpired;
        }

        Kind = kind;
        SealedAddress = sealedAddress;
        RegisteredOn = registeredOn;
        ExpiresOn = expiresOn;
        RegisteredBy = registeredBy;
        return null;
    }

    /// <summary>The Danish date the worker is reminded on, <paramref name="daysBefore"/> before the expiry; null when nothing expires.</summary>
    public DateOnly? ReminderOn(int daysBefore) => ExpiresOn?.AddDays(-daysBefore);

    public void ArmReminder(Guid? tokenId) => ReminderTokenId = tokenId;
}
