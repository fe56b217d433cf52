using System.Xml.Linq;
using CtiPlatform.Persistence.Protection;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace CtiPlatform.Web.Persistence;

/// <summary>
/// Encrypts a data-protection key's material with the personal-data key ring before it is stored (decision 806), so a
/// copy of the web app's database alone opens no session cookie; rotating the ring needs no new data-protection key.
/// </summary>
internal sealed class KeyRingXmlEncryptor(PersonalDataProtector protector) : IXmlEncryptor
{
    public const string ElementName = "encryptedKey";

    /// <summary>Bound into the ciphertext, so it opens nowhere but in the web app's key ring.</summary>
    internal static readonly ProtectedCell Cell = new("platform", "data_protection_keys", "xml", "key-ring");

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var element = new XElement(ElementName, protector.Protect(plaintextElement.ToString(SaveOptions.DisableFormatting), Cell));
        return new EncryptedXmlInfo(element, typeof(KeyRingXmlDecryptor));
    }
}
