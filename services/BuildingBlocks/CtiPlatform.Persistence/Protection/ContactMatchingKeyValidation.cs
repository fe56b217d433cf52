using Microsoft.Extensions.Options;

namespace CtiPlatform.Persistence.Protection;

/// <summary>The rules of the never-contact key ring, the same as the personal-data ring's, checked before start.</summary>
internal sealed class ContactMatchingKeyValidation : IValidateOptions<ContactMatchingOptions>
{
    public ValidateOptionsResult Validate(string? name, ContactMatchingOptions options) =>
        Problem(options) is { } problem ? ValidateOptionsResult.Fail(problem + " See docs/personal-data-keys.md.") : ValidateOptionsResult.Success;

    private static string? Problem(ContactMatchingOptions options)
    {
        if (options.Keys.Count == 0)
        {
            return "ContactMatchingOptions:Keys must hold at least one key (ContactMatchingOptions__Keys__<id>).";
        }

        if (options.Keys.Keys.FirstOrDefault(id => !PersonalDataKeyValidation.KeyId().IsMatch(id)) is { } badId)
        {
            return $"Key id '{badId}' of ContactMatchingOptions:Keys must be 1 to 16 lower-case letters or digits.";
        }

        if (options.Keys.FirstOrDefault(k => !PersonalDataKeyValidation.IsMasterKey(k.Value)).Key is { } weak)
        {
            return $"ContactMatchingOptions:Keys:{weak} must be base64 of at least {PersonalDataKeyValidation.MinimumKeySize} bytes.";
        }

        return options.CurrentKeyId is null || !options.Keys.ContainsKey(options.CurrentKeyId)
            ? "ContactMatchingOptions:CurrentKeyId must name a key of ContactMatchingOptions:Keys."
            : null;
    }
}
