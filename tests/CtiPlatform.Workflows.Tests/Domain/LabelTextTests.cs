using CtiPlatform.Contracts.Courses;
using CtiPlatform.Testing;
using CtiPlatform.Workflows.Domain;
using CtiPlatform.Workflows.Lifecycle;
using CtiPlatform.Workflows.Resources;

namespace CtiPlatform.Workflows.Tests.Domain;

public sealed class LabelTextTests
{
    [Fact]
    public void Every_code_a_course_response_carries_has_a_danish_and_an_english_label()
    {
        LabelTexts.AssertEveryValueHasLabels<CourseStage>("Stage", WorkflowTexts.ResourceManager);
        LabelTexts.AssertEveryValueHasLabels<FidelityDeviation>("Deviation", WorkflowTexts.ResourceManager);
        LabelTexts.AssertEveryValueHasLabels<OccurrenceKind>("Occurrence", WorkflowTexts.ResourceManager);
        LabelTexts.AssertEveryValueHasLabels<JournalCause>("Cause", WorkflowTexts.ResourceManager);
        LabelTexts.AssertEveryValueHasLabels<ReminderKind>("Reminder", WorkflowTexts.ResourceManager);
        LabelTexts.AssertEveryValueHasLabels<CourseTransition>("Transition", WorkflowTexts.ResourceManager);
        LabelTexts.AssertEveryValueHasLabels<CourseClosureReason>("ClosureReason", WorkflowTexts.ResourceManager);
        LabelTexts.AssertEveryValueHasLabels<CourseEndsTo>("EndsTo", WorkflowTexts.ResourceManager);
        LabelTexts.AssertEveryValueHasLabels<ExtensionReason>("ExtensionReason", WorkflowTexts.ResourceManager);
    }
}
