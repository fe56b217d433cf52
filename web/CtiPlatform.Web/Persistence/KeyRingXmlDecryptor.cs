using System.Xml.Linq;
using CtiPlatform.Persistence.Protection;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace CtiPlatform.Web.Persistence;

/// <summary>Opens what <see cref="KeyRingXmlEncryptor"/> stored; data protection creates it by type, with the services.</summary>
internal sealed class KeyRingXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var protector = services.GetRequiredService<PersonalDataProtector>();
        return XElement.Parse(protector.Unprotect(encryptedElement.Value, KeyRingXmlEncryptor.Cell));
    }
}
