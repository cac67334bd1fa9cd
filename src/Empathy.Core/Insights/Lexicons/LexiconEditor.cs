namespace Empathy.Core.Insights.Lexicons;

/// <summary>
/// Applies an app's changes (<see cref="InsightRuleOptions"/>, <see cref="InsightWordClassOptions"/>)
/// to a copy of a built-in lexicon. The built-in document itself is never changed.
/// </summary>
internal static class LexiconEditor
{
    public static LexiconDocument Apply(
        LexiconDocument source,
        IEnumerable<InsightRuleOptions> ruleEdits,
        IEnumerable<InsightWordClassOptions> classEdits,
        List<string> problems)
    {
        var document = Copy(source);
        foreach (var edit in classEdits)
        {
            EditClass(document, edit, problems);
        }

        foreach (var edit in ruleEdits)
        {
            EditRule(document, edit, problems);
        }

        return document;
    }

    private static void EditClass(LexiconDocument document, InsightWordClassOptions edit, List<string> problems)
    {
        var exists = document.Classes.TryGetValue(edit.Name, out var entries);
        if (!exists && edit.ReplacementEntries is null && edit.AddedEntries.Count == 0)
        {
            problems.Add($"Word class '{edit.Name}' is not in the '{document.Language}' lexicon; to define it, add or replace its entries.");
            return;
        }

        var list = (edit.ReplacementEntries ?? (IEnumerable<string>?)entries ?? []).ToList();
        Remove(list, edit.RemovedEntries, $"word class '{edit.Name}'", problems);
        list.AddRange(edit.AddedEntries);
        document.Classes[edit.Name] = [.. list];
    }

    private static void EditRule(LexiconDocument document, InsightRuleOptions edit, List<string> problems)
    {
        var (rules, index, write) = Find(document, edit.RuleId);
        if (rules is null)
        {
            AddRule(document, edit, problems);
            return;
        }

        var updated = rules.ToList();
        if (edit.Disabled)
        {
            updated.RemoveAt(index);
            write!([.. updated]);
            return;
        }

        var rule = rules[index];
        var phrases = (edit.ReplacementPhrases ?? (IEnumerable<string>)rule.Phrases).ToList();
        Remove(phrases, edit.RemovedPhrases, $"rule '{edit.RuleId}'", problems);
        phrases.AddRange(edit.AddedPhrases);
        updated[index] = new LexiconRule
        {
            Id = rule.Id,
            Kind = rule.Kind,
            Component = rule.Component,
            NeedsSubject = rule.NeedsSubject,
            Frames = rule.Frames, // an edited rule keeps where its words must stand
            Why = edit.Why ?? rule.Why,
            TryInstead = edit.TryInstead ?? rule.TryInstead,
            Label = edit.Label ?? rule.Label,
            Phrases = [.. phrases],
            Except = [.. rule.Except, .. edit.AddedExceptions],
        };
        write!([.. updated]);
    }

    private static void AddRule(LexiconDocument document, InsightRuleOptions edit, List<string> problems)
    {
        if (edit.Disabled)
        {
            problems.Add($"Rule '{edit.RuleId}' cannot be disabled: the '{document.Language}' lexicon has no such rule.");
            return;
        }

        if (edit.Kind is not { } kind || !Enum.IsDefined(kind) || string.IsNullOrWhiteSpace(edit.Why) || string.IsNullOrWhiteSpace(edit.TryInstead))
        {
            problems.Add($"Rule '{edit.RuleId}' is not in the '{document.Language}' lexicon; a new rule needs Kind, Why and TryInstead.");
            return;
        }

        if (edit.RemovedPhrases.Count > 0)
        {
            problems.Add($"Rule '{edit.RuleId}' is new, so it has no phrases to remove.");
        }

        var rule = new LexiconRule
        {
            Id = edit.RuleId,
            Kind = kind,
            Component = edit.Component,
            Why = edit.Why,
            TryInstead = edit.TryInstead,
            Label = edit.Label,
            Phrases = [.. edit.ReplacementPhrases ?? [], .. edit.AddedPhrases],
            Except = [.. edit.AddedExceptions],
        };

        if (LexiconSection.ForNewRule(document, edit.RuleId, kind) is not { } section)
        {
            problems.Add($"New rule '{edit.RuleId}' of kind {kind} does not fit the '{document.Language}' lexicon: {LexiconSection.Describe()}.");
            return;
        }

        section.Set(document, [.. section.Get(document)!, rule]);
    }

    private static (LexiconRule[]? Rules, int Index, Action<LexiconRule[]>? Write) Find(LexiconDocument document, string id)
    {
        foreach (var section in LexiconSection.All)
        {
            var rules = section.Get(document);
            var index = rules is null ? -1 : Array.FindIndex(rules, r => r.Id == id);
            if (index >= 0)
            {
                return (rules, index, r => section.Set(document, r));
            }
        }

        return (null, -1, null);
    }

    private static void Remove(List<string> list, IEnumerable<string> removed, string where, List<string> problems)
    {
        foreach (var phrase in removed)
        {
            var at = list.FindIndex(p => Same(p, phrase));
            if (at < 0)
            {
                problems.Add($"'{phrase}' cannot be removed from {where}: it is not there.");
                continue;
            }

            list.RemoveAt(at);
        }
    }

    private static bool Same(string a, string b) =>
        string.Equals(string.Join(' ', a.Split(' ', StringSplitOptions.RemoveEmptyEntries)), string.Join(' ', b.Split(' ', StringSplitOptions.RemoveEmptyEntries)), StringComparison.OrdinalIgnoreCase);

    private static LexiconDocument Copy(LexiconDocument source) => new()
    {
        Language = source.Language,
        Contractions = source.Contractions,
        Classes = new Dictionary<string, string[]>(source.Classes),
        Inflections = source.Inflections,
        Observation = source.Observation is { } o
            ? new LexiconObservationSection { CameraTest = o.CameraTest, ReportedSpeech = o.ReportedSpeech, ReportedSpeechStops = o.ReportedSpeechStops, Rules = [.. o.Rules] }
            : null,
        Message = source.Message is { } m ? new LexiconMessageSection { IStatement = m.IStatement, Rules = [.. m.Rules] } : null,
        Reply = source.Reply is { } r ? new LexiconReplySection { Suggestions = r.Suggestions, Components = [.. r.Components], Rules = [.. r.Rules], Interjections = r.Interjections } : null,
        Crisis = source.Crisis is { } c ? new LexiconRuleSection { Rules = [.. c.Rules] } : null,
        CoreThoughts = source.CoreThoughts is { } t ? new LexiconRuleSection { Rules = [.. t.Rules] } : null,
        Scope = source.Scope,
    };
}
