namespace Empathy.Samples.Web.Practice;

// The inner critics' JSON shapes (/api/critics).

/// <summary><c>POST /api/critics</c> and <c>PUT /api/critics/{id}</c>: a named critic and the phrases it typically says.</summary>
/// <param name="Name">Its name or nickname ("the heckler", "Ms Perfect"); unique ignoring case.</param>
/// <param name="TypicalPhrases">What it typically says ("you always mess this up").</param>
public sealed record CriticRequest(string? Name, IReadOnlyList<string>? TypicalPhrases);

/// <summary>A named critic.</summary>
public sealed record CriticResponse(string Id, string Name, IReadOnlyList<string> TypicalPhrases);

/// <summary><c>GET /api/critics/{id}/thoughts</c>: the journal's automatic thoughts attributed to the critic.</summary>
/// <param name="Name">The critic's name.</param>
/// <param name="Reminder">What to say when it speaks ("the heckler is on duty again.").</param>
/// <param name="ThoughtCount">How many thoughts sound like it.</param>
/// <param name="Examples">Some of them (the insights' example limit), with the entry each is in.</param>
public sealed record CriticThoughtsResponse(string Name, string Reminder, int ThoughtCount, IReadOnlyList<AttributedThought> Examples);

/// <summary>One thought attributed to a critic, and the phrase that showed it.</summary>
public sealed record AttributedThought(string EntryId, DateTimeOffset FeltAt, int ThoughtIndex, string Thought, string Phrase);
