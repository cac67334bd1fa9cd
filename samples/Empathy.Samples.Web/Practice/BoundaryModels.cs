using Empathy.Core.Boundaries;

namespace Empathy.Samples.Web.Practice;

// The boundary map's JSON shapes (/api/boundaries): zones per person and the IF-THEN rules, which are
// addressed by their number in the map (1 for the first), as the page lists them.

/// <summary><c>PUT /api/boundaries/zones</c>: place a person in a zone (replacing where they were).</summary>
/// <param name="Person">The person, as the owner names them.</param>
/// <param name="Zone">inside (welcome for a visit), doorstep (talk at the door) or outside (kept out).</param>
public sealed record ZoneRequest(string? Person, BoundaryZone? Zone);

/// <summary><c>POST /api/boundaries/rules</c> and <c>PUT /api/boundaries/rules/{number}</c>: an explicit IF-THEN rule.</summary>
/// <param name="Behaviour">Their behaviour, as said after "If" ("you interrupt me").</param>
/// <param name="Consequence">What I will do, as said after "then" ("I will stop and ask you to finish first").</param>
/// <param name="Timeframe">When it applies, said after the behaviour ("in the next meeting"); optional.</param>
/// <param name="Deadline">The last moment the rule holds; optional.</param>
/// <param name="IsActive">Whether the rule is in force (true when left out).</param>
/// <param name="MatchPhrases">Other phrases that count as the behaviour ("interrupt", "talks over me").</param>
public sealed record RuleRequest(string? Behaviour, string? Consequence, string? Timeframe = null, DateTimeOffset? Deadline = null, bool? IsActive = null, IReadOnlyList<string>? MatchPhrases = null);

/// <summary><c>POST /api/boundaries/check</c>: an observed behaviour to check against the rules.</summary>
/// <param name="Behaviour">What they did, in words ("You interrupted me twice").</param>
/// <param name="At">When (now when left out).</param>
public sealed record RuleCheckRequest(string? Behaviour, DateTimeOffset? At = null);

/// <summary>The whole boundary map.</summary>
public sealed record BoundaryMapResponse(IReadOnlyList<ZoneResponse> Zones, IReadOnlyList<RuleResponse> Rules);

/// <summary>One person's zone.</summary>
public sealed record ZoneResponse(string Person, BoundaryZone Zone);

/// <summary>One rule, with its number in the map and the sentence it reads as.</summary>
public sealed record RuleResponse(int Number, string Behaviour, string Consequence, string? Timeframe, DateTimeOffset? Deadline, bool IsActive, IReadOnlyList<string> MatchPhrases, string Text);

/// <summary>An observed behaviour checked against every rule.</summary>
public sealed record RuleCheckResponse(string Behaviour, DateTimeOffset At, int Fired, IReadOnlyList<RuleOutcomeResponse> Outcomes);

/// <summary>One rule's outcome: fired (and on which phrase) or why not.</summary>
public sealed record RuleOutcomeResponse(int Number, string Rule, RuleOutcomeKind Kind, bool Fired, string? MatchedPhrase, string Explanation);
