namespace CtiPlatform.Workflows.Api;

/// <summary>
/// Something the calendar will do: <c>What</c> is a stage change or a reminder kind, <c>WhatLabel</c> its name in the
/// reader's language; it fires at the start of <c>Date</c> in Denmark.
/// </summary>
public sealed record PendingTimerView(string What, DateOnly Date, DateTimeOffset FiresAt, string WhatLabel);
