using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CtiPlatform.Persistence.Protection;

/// <summary>
/// The rules a personal-data key ring must meet before a service holding personal data may start. Key ids go into
/// every ciphertext and into environment variable names, so they are short lower-case letters and digits.
/// </summary>
internal sealed partial class PersonalDataKeyValidation(IConfiguration configuration) : IValidateOptions<PersistenceOptions>
{
    public const int MinimumKeySize = 32;

    public ValidateOptionsResult Validate(string? name, PersistenceOptions options) =>
        Problem(options) is { } problem ? ValidateOptionsResult.Fail(problem + " See docs/personal-data-keys.md.") : ValidateOptionsResult.Success;

    private string? Problem(PersistenceOptions options)
    {
        // Still set after an upgrade, it would be silently ignored and every value written before key ids unreadable.
        if (!string.IsNullOrEmpty(configuration[$"{nameof(PersistenceOptions)}:EncryptionKey"]))
        {
            return "PersistenceOptions:EncryptionKey is no longer read: move it to PersistenceOptions:LegacyEncryptionKey and add a key ring.";
        }

        if (options.EncryptionKeys.Count == 0)
        {
            return "PersistenceOptions:EncryptionKeys must hold at least one key (PersistenceOptions__EncryptionKeys__<id>).";
        }

        if (options.EncryptionKeys.Keys.FirstOrDefault(id => !KeyId().IsMatch(id)) is { } badId)
        {
            return $"Key id '{badId}' of PersistenceOptions:EncryptionKeys must be 1 to 16 lower-case letters or digits.";
        }

        if (options.EncryptionKeys.FirstOrDefault(k => !IsMasterKey(k.Value)).Key is { } weak)
        {
            return $"PersistenceOptions:EncryptionKeys:{weak} must be base64 of at least {MinimumKeySize} bytes.";
        }

        if (options.CurrentKeyId is null || !options.EncryptionKeys.ContainsKey(options.CurrentKeyId))
        {
            return "PersistenceOptions:CurrentKeyId must name a key of PersistenceOptions:EncryptionKeys.";
        }

        return options.LegacyEncryptionKey is { } legacy && !IsMasterKey(legacy)
            ? $"PersistenceOptions:LegacyEncryptionKey must be base64 of at least {MinimumKeySize} bytes."
            : null;
    }

    internal static bool IsMasterKey(string? base64)
    {
        var buffer = new byte[base64?.Length ?? 0];
        return base64 is not null && Convert.TryFromBase64String(base64, buffer, out var length) && length >= MinimumKeySize;
    }

    [GeneratedRegex("^[a-z0-9]{1,16}$")]
    internal static partial Regex KeyId();
}
