using Empathy.Core.Journal;

namespace Empathy.Samples.Web.Journal;

/// <summary>A journal entry as the API returns it (only ever to its owner).</summary>
public sealed record JournalEntryResponse(
    string Id,
    DateTimeOffset FeltAt,
    DateTimeOffset LoggedAt,
    string Happened,
    IReadOnlyList<string> Thoughts,
    IReadOnlyList<string> Body,
    string? Did,
    IReadOnlyList<EmotionDraft> Emotions,
    IReadOnlyList<string> Tags)
{
    /// <summary>The response for <paramref name="entry"/> (the only place the API reveals entry text).</summary>
    public static JournalEntryResponse From(JournalEntry entry) => new(
        entry.Id.ToString(),
        entry.FeltAt,
        entry.LoggedAt,
        entry.WhatHappened.Reveal(),
        [.. entry.AutomaticThoughts.Select(t => t.Reveal())],
        [.. entry.BodySensations.Select(b => b.Reveal())],
        entry.WhatIDid?.Reveal(),
        [.. entry.Emotions.Select(e => new EmotionDraft(e.Emotion, e.IntensityBefore, e.IntensityAfter))],
        entry.Tags);
}

/// <summary>One page of entries, newest first, with the token for the next page.</summary>
public sealed record JournalPageResponse(IReadOnlyList<JournalEntryResponse> Entries, string? Continuation);
