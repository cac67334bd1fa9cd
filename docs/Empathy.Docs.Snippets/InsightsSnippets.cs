using Empathy.Core.Critic;
using Empathy.Core.DependencyInjection;
using Empathy.Core.Insights;
using Empathy.Core.Insights.CoreThoughts;
using Empathy.Core.Insights.Crisis;
using Empathy.Core.Insights.Messages;
using Empathy.Core.Insights.Observations;
using Empathy.Core.Insights.Replies;
using Empathy.Core.Journal;
using Microsoft.Extensions.DependencyInjection;

namespace Empathy.Docs.Snippets;

public static class InsightsSnippets
{
    public static ObservationCheckResult Observation()
    {
        // snippet: insights-observation
        var check = new ObservationCheck();

        var result = check.Check("My boss obviously ignored me on purpose again.");

        // Not objective: three findings, each with its rule, span, phrase, why and what to try instead.
        var first = result.Findings[0];    // observation.mind-reading, "obviously" at 8..17
        var hint = result.RewriteHint;      // "What would a camera have recorded? …"
        // end snippet
        _ = (first, hint);
        return result;
    }

    public static MessageCheckResult Message()
    {
        // snippet: insights-message
        var result = new MessageCheck().Check("You never listen to me!");

        // An accusation (message.blame, "You never listen"), and an I-statement filled in from the message:
        // "When you don't listen to me, I feel [your feeling: hurt, worried, lonely…] because I need
        // [what you need: to be heard, rest, closeness…]. Would you be willing to listen to me?"
        var suggestion = result.Suggestion;
        // end snippet
        _ = suggestion;
        return result;
    }

    public static ReplyCheckResult Reply()
    {
        // snippet: insights-reply
        var result = new ReplyCheck().Check("That sounds painful. Have you tried yoga?");

        // A fixing move (reply.fixing, "Have you tried") beside Affective empathy: a finding to consider,
        // but IsDismissive stays false, because the shown empathy balances it. It suggests the two
        // components it misses: reflecting what was said, and offering presence or help.
        var shown = result.Components;        // [Affective]
        var tryNext = result.Suggestions;     // two hints
        // end snippet
        _ = (shown, tryNext);
        return result;
    }

    public static CoreThoughtReport CoreThoughts(IEnumerable<JournalEntry> entries)
    {
        // snippet: insights-core-thoughts
        var heckler = new InnerCritic { Name = "the heckler", TypicalPhrases = ["not good enough"] };

        var report = new CoreThoughtGrouper().Group(entries, [heckler]);

        foreach (var theme in report.Themes)
        {
            // "I'm not good enough: 3 thoughts in 3 entries, 2 weeks, 3 voiced by a critic"
            Console.WriteLine($"{theme.Label}: {theme.ThoughtCount} thoughts in {theme.EntryCount} entries, " +
                $"{theme.Weeks.Count} weeks, {theme.CriticThoughtCount} voiced by a critic");
        }
        // end snippet
        return report;
    }

    public static (IObservationCheck Check, List<CrisisSignal> Raised) CrisisSignals()
    {
        // snippet: insights-crisis
        var services = new ServiceCollection();
        services.AddSingleton<ICrisisSignalSink, ShowSupportSink>(); // the app's own sink, if it has one
        services.AddEmpathy();
        using var provider = services.BuildServiceProvider();

        // Or subscribe to the hub that AddEmpathy registers as a sink.
        var raised = new List<CrisisSignal>();
        provider.GetRequiredService<CrisisSignalHub>().SignalRaised += (_, signal) => raised.Add(signal);

        var check = provider.GetRequiredService<IObservationCheck>();
        var result = check.Check("I came home and wanted to die.");
        // result.HasCrisisSignal is true, and every sink heard about it before Check returned.
        // The library gives no advice: what help to show is the app's decision.
        // end snippet
        _ = result;
        return (check, raised);
    }

    public static (bool Now, bool History) CrisisHistory()
    {
        // snippet: insights-crisis-history
        var check = new ObservationCheck();
        var result = check.Check("Years ago I wanted to die. Today I walked the dog.");

        // The flag: a current, non-negated phrase about the writer. This one is told in the past.
        var now = result.HasCrisisSignal; // false
        // A host that rates a whole history may also count the writer's own past words.
        var history = now || result.CrisisMentions.Any(m =>
            m.Person == CrisisPerson.Self && !m.IsNegated && m.Time == CrisisTime.Past); // true
        // end snippet
        return (now, history);
    }

    public static (ReplyCheckResult Spanish, ReplyCheckResult Configured) Languages()
    {
        using var provider = new ServiceCollection().AddEmpathy().BuildServiceProvider();

        // snippet: insights-languages
        // One check per built-in language, keyed by its code; the unkeyed one reads options.Insights.Language.
        var spanish = provider.GetRequiredKeyedService<IReplyCheck>("es").Check("Lo siento mucho. ¿Cómo estás?");
        var configured = provider.GetRequiredService<IReplyCheck>().Check("I'm so sorry. How are you holding up?");
        // In a minimal API endpoint: ([FromKeyedServices("es")] IReplyCheck replies) => ...
        // end snippet
        return (spanish, configured);
    }

    public static IMessageCheck Options()
    {
        // snippet: insights-options
        var services = new ServiceCollection();
        services.AddEmpathy(options =>
        {
            options.Insights.Rule("message.label").Add("you are such a goblin");
            options.Insights.Rule("reply.platitude").Replace("keep smiling", "chin up");
            options.Insights.Rule("observation.absolute").Except("always on time");
            options.Insights.WordClass("label").Add("feckless");
        });

        using var provider = services.BuildServiceProvider();
        var messages = provider.GetRequiredService<IMessageCheck>();
        // end snippet
        return messages;
    }
}

/// <summary>An app's crisis sink: here it only counts; a real app would show its own support screen.</summary>
public sealed class ShowSupportSink : ICrisisSignalSink
{
    public int Signals { get; private set; }

    public void OnCrisisSignal(CrisisSignal signal) => Signals++;
}
