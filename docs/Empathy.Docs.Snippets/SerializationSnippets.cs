using System.Text.Json;
using Empathy.Core.Critic;
using Empathy.Core.Serialization;

namespace Empathy.Docs.Snippets;

public static class SerializationSnippets
{
    public static (string Redacted, string Revealed, InnerCritic Back) Contexts()
    {
        var journalEntry = JournalSnippets.Entry();
        var critic = new InnerCritic { Name = "Ms Perfect", TypicalPhrases = ["not good enough"] };
        // snippet: serialization-contexts
        // The default context writes "[redacted]" for private text: safe for logs and telemetry.
        var redacted = JsonSerializer.Serialize(journalEntry, EmpathyJson.Redacting.JournalEntry);

        // The revealing context writes the real text: for the user's own storage and exports only.
        var revealed = JsonSerializer.Serialize(journalEntry, EmpathyJson.Revealing.JournalEntry);

        // Every public model has generated metadata, so no reflection is needed (trimming and AOT are safe).
        var json = JsonSerializer.Serialize(critic, EmpathyJson.Revealing.InnerCritic);
        var back = JsonSerializer.Deserialize(json, EmpathyJson.Revealing.InnerCritic)!;
        // end snippet
        return (redacted, revealed, back);
    }
}
