using CtiPlatform.Testing;
using CtiPlatform.Workflows.Domain;
using CtiPlatform.Workflows.Resources;

namespace CtiPlatform.Workflows.Tests.Domain;

public sealed class RefusalTextTests
{
    [Fact]
    public void Every_course_refusal_has_a_danish_and_an_english_text() =>
        RefusalTexts.AssertEveryRuleHasTexts(typeof(CourseRefusal), WorkflowTexts.ResourceManager);
}
