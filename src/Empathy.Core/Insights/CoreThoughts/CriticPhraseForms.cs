using Empathy.Core.Critic;

namespace Empathy.Core.Insights.CoreThoughts;

/// <summary>
/// One inner critic's phrases in every form a journal thought may hold them: as the critic says them to
/// the writer ("you always mess this up"), and as the writer repeats them of themself ("I always mess this
/// up"), with straight or curly apostrophes and without the punctuation around them. Built once per
/// grouping; finding allocates only an attribution.
/// </summary>
internal sealed class CriticPhraseForms
{
    /// <summary>The most forms one phrase is read in (a phrase with many "you" has two forms each).</summary>
    internal const int MaxFormsPerPhrase = 16;

    private const char Apostrophe = '\'';
    private const char CurlyApostrophe = '\u2019';

    // Punctuation around a word or a phrase, which a thought need not repeat.
    private static readonly char[] IsNotPartOfAWord = ['.', ',', '!', '?', ';', ':', '"', '“', '”', '(', ')', '…', '«', '»', '¿', '¡'];

    private readonly string _name;
    private readonly (string Phrase, string Form, bool WholeWords)[] _forms;

    /// <summary>Reads <paramref name="critic"/>'s phrases with the language's second-to-first-person forms.</summary>
    public CriticPhraseForms(InnerCritic critic, IReadOnlyDictionary<string, string[]> secondToFirstPerson)
    {
        _name = critic.Name;
        var forms = new List<(string, string, bool)>();
        foreach (var phrase in critic.TypicalPhrases)
        {
            // The words, not the punctuation around them: "“Who do you think you are?”" is found in "who do I think I am".
            var words = phrase.Replace(CurlyApostrophe, Apostrophe).Trim(IsNotPartOfAWord);
            var straight = words.Length > 0 ? words : phrase;
            // As written, a phrase is found inside longer words too, as it always was; in the writer's words
            // only as whole words ("i" is no part of "it").
            var mirrored = Mirrored(straight, secondToFirstPerson).Distinct(StringComparer.OrdinalIgnoreCase);
            foreach (var (form, wholeWords) in mirrored.Select(f => (f, true)).Prepend((straight, false)).Take(MaxFormsPerPhrase))
            {
                forms.Add((phrase, form, wholeWords));
                if (form.Contains(Apostrophe, StringComparison.Ordinal))
                {
                    forms.Add((phrase, form.Replace(Apostrophe, CurlyApostrophe), wholeWords));
                }
            }
        }

        _forms = [.. forms];
    }

    /// <summary>The attribution of <paramref name="thought"/> to this critic, or <see langword="null"/> when it holds none of its phrases in any form.</summary>
    public CriticAttribution? Find(string thought)
    {
        foreach (var (phrase, form, wholeWords) in _forms)
        {
            for (var from = 0; from <= thought.Length - form.Length;)
            {
                var found = thought.AsSpan(from).IndexOf(form, StringComparison.OrdinalIgnoreCase);
                if (found < 0)
                {
                    break;
                }

                var at = from + found;
                if (!wholeWords || (StandsAlone(thought, at - 1) && StandsAlone(thought, at + form.Length)))
                {
                    return new CriticAttribution(_name, phrase, at, form.Length);
                }

                from = at + 1;
            }
        }

        return null;
    }

    // Whether the character at index is outside the text or not a letter or digit: a word ends there.
    private static bool StandsAlone(string text, int index) => index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);

    // The phrase as the writer says it: each second-person word (or pair) replaced by each of its first-person
    // forms, the punctuation around it kept ("you're" → "i'm"; "you" → "i" and "me").
    internal static IEnumerable<string> Mirrored(string phrase, IReadOnlyDictionary<string, string[]> secondToFirstPerson)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        List<string> forms = [""];
        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            string[] options;
            if (i + 1 < words.Length && secondToFirstPerson.TryGetValue($"{Core(words[i]).ToLowerInvariant()} {Core(words[i + 1]).ToLowerInvariant()}", out var pair))
            {
                options = [.. pair.Select(form => Before(words[i]) + form + After(words[i + 1]))];
                i++;
                changed = true;
            }
            else if (secondToFirstPerson.TryGetValue(Core(words[i]).ToLowerInvariant(), out var single))
            {
                options = [.. single.Select(form => Before(words[i]) + form + After(words[i]))];
                changed = true;
            }
            else
            {
                options = [words[i]];
            }

            forms = [.. forms.SelectMany(start => options.Select(option => start.Length == 0 ? option : $"{start} {option}")).Take(MaxFormsPerPhrase)];
        }

        return changed ? forms : [];
    }

    // A word without the punctuation around it ("“you're" → "you're"), and that punctuation.
    private static string Core(string word) => word[Before(word).Length..^After(word).Length];

    private static string Before(string word) => word[..(word.Length - word.TrimStart(IsNotPartOfAWord).Length)];

    private static string After(string word)
    {
        var lead = Before(word).Length;
        return lead == word.Length ? "" : word[(lead + word[lead..].TrimEnd(IsNotPartOfAWord).Length)..];
    }
}
