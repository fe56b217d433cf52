using CtiPlatform.Notifications.Domain;
using CtiPlatform.Notifications.Resources;
using CtiPlatform.Testing;

namespace CtiPlatform.Notifications.Tests;

public sealed class RefusalTextTests
{
    [Fact]
    public void Every_notification_refusal_has_a_danish_and_an_english_text() =>
        RefusalTexts.AssertEveryRuleHasTexts(typeof(NotificationRefusal), NotificationTexts.ResourceManager);
}
