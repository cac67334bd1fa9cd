using Empathy.Core.Critic;

namespace Empathy.Docs.Snippets;

public static class CriticSnippets
{
    public static CriticAttribution? Attribute()
    {
        // snippet: critic-attribute
        var heckler = new InnerCritic
        {
            Name = "The heckler",
            TypicalPhrases = ["you always mess this up", "who do you think you are"],
        };

        var attribution = heckler.Attribute("Honestly, you always mess this up.");
        var reminder = attribution?.Reminder; // "The heckler is on duty again."
        // end snippet
        _ = reminder;
        return attribution;
    }
}
