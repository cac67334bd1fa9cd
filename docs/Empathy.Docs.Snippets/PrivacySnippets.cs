using Empathy.Core.Privacy;

namespace Empathy.Docs.Snippets;

public static class PrivacySnippets
{
    public static (string Shown, string Revealed) SensitiveText()
    {
        // snippet: privacy-sensitive-text
        SensitiveText thought = "I'm not good enough.";

        var shown = $"Thought: {thought}"; // "Thought: [redacted]"
        var revealed = thought.Reveal();   // opened on purpose, where it is meant to be seen
        // end snippet
        return (shown, revealed);
    }
}
