using System.ComponentModel.DataAnnotations;
using CtiPlatform.Domain;
using CtiPlatform.Referrals.Domain;
using CtiPlatform.Referrals.Resources;

namespace CtiPlatform.Referrals;

/// <summary>One municipality's visitation rhythm and caseload rules; the ranges are checked when the service starts.</summary>
public sealed class ReferralSettings
{
    /// <summary>5 MB, the bound of decision 028; the gateway's referrals route lets a body of this size through.</summary>
    public const int MaxActionPlanBytes = 5 * 1024 * 1024;

    /// <summary>The committee's first meeting, which anchors its rhythm.</summary>
    [SettingLabel(nameof(ReferralTexts.SettingFirstCommitteeMeeting), typeof(ReferralTexts))]
    public DateOnly FirstCommitteeMeeting { get; set; } = new(2026, 1, 6);

    /// <summary>Days between meetings in the first half-year (seed 001: every 14 days).</summary>
    [Range(1, 92)]
    [SettingLabel(nameof(ReferralTexts.SettingEarlyMeetingIntervalDays), typeof(ReferralTexts))]
    public int EarlyMeetingIntervalDays { get; set; } = 14;

    /// <summary>How long the early rhythm lasts before meetings become monthly.</summary>
    [Range(0, 24)]
    [SettingLabel(nameof(ReferralTexts.SettingEarlyPeriodMonths), typeof(ReferralTexts))]
    public int EarlyPeriodMonths { get; set; } = 6;

    /// <summary>
    /// A worker's weighted caseload limit. The default is Copenhagen's (seed 001: "Der kalkuleres med, at hver CTI
    /// medarbejder har 8 kvinder i forløb ad gangen"); the method manual (seed 000) says 8–10, generic CTI 10–12.
    /// </summary>
    [Range(typeof(decimal), "1", "100")]
    [SettingLabel(nameof(ReferralTexts.SettingCaseloadLimit), typeof(ReferralTexts))]
    public decimal CaseloadLimit { get; set; } = 8m;

    /// <summary>
    /// How much a course in phase 1, or about to enter it, counts against the limit compared with a later one. Our own
    /// setting, not a seed figure: the seeds only say fewer women when several are in phase 1 (seed 000, 4:2:1 intensity).
    /// </summary>
    [Range(typeof(decimal), "1", "5")]
    [SettingLabel(nameof(ReferralTexts.SettingPhaseOneWeight), typeof(ReferralTexts))]
    public decimal PhaseOneWeight { get; set; } = 1.5m;

    /// <summary>
    /// The committee's members besides the municipality's active CTI workers, by identity-provider subject (seed 001:
    /// the CTI workers "samt 1 yderligere repræsentant fra henholdsvis Danner og hjemløseenheden"). Set it per
    /// municipality: a municipality's list adds to the defaults' list, it does not replace it.
    /// </summary>
    [MaxLength(30)]
    [SettingLabel(nameof(ReferralTexts.SettingCommitteeMembers), typeof(ReferralTexts))]
    public string[] CommitteeMembers { get; set; } = [];

    /// <summary>
    /// How many members must take part in a decision. Our own setting: the seed names no quorum; at least two, so
    /// one person never decides alone.
    /// </summary>
    [Range(2, 30)]
    [SettingLabel(nameof(ReferralTexts.SettingMinimumCommitteeParticipants), typeof(ReferralTexts))]
    public int MinimumCommitteeParticipants { get; set; } = 2;

    /// <summary>
    /// The largest § 141 action plan accepted, in bytes. Our own setting (decision 028: 5 MB); a municipality may set
    /// less. More needs the gateway's referrals route raised with it, so the bound is also the range's top (decision 032).
    /// </summary>
    [Range(1, MaxActionPlanBytes)]
    [SettingLabel(nameof(ReferralTexts.SettingActionPlanMaxBytes), typeof(ReferralTexts))]
    public int ActionPlanMaxBytes { get; set; } = MaxActionPlanBytes;

    public VisitationCalendar Calendar => new(FirstCommitteeMeeting, EarlyMeetingIntervalDays, EarlyPeriodMonths);

    public CaseloadPolicy Caseload => new(CaseloadLimit, PhaseOneWeight);

    /// <summary>Who may decide: <paramref name="activeWorkers"/> and <see cref="CommitteeMembers"/>.</summary>
    public CommitteeQuorum Quorum(IEnumerable<string> activeWorkers) =>
        new(activeWorkers.Concat(CommitteeMembers).ToHashSet(StringComparer.Ordinal), MinimumCommitteeParticipants);
}
