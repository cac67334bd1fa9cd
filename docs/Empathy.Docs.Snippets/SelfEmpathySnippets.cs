using Empathy.Core.SelfEmpathy;

namespace Empathy.Docs.Snippets;

public static class SelfEmpathySnippets
{
    public static SelfEmpathyNote Note()
    {
        // snippet: self-empathy-note
        var note = new SelfEmpathyNote
        {
            AcknowledgeFeeling = "I feel embarrassed about how the presentation went.",
            Normalise = "Anyone would feel this after freezing in front of the team.",
            CreditEffort = "I prepared for a week and I still stood up and finished.",
            NextStep = "Next time I'll rehearse once out loud with a friend.",
        };
        // end snippet
        return note;
    }
}
