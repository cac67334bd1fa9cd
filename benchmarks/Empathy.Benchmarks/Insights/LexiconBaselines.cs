using System.Text;
using System.Text.RegularExpressions;
using Empathy.Core.Insights.Lexicons;

namespace Empathy.Benchmarks.Insights;

/// <summary>
/// The observation check's word lists (its observation rules and the crisis rules it also runs, as
/// written in the English lexicon) in the forms a hand-written baseline would use: one regex
/// alternation, or every phrase expanded into plain lower-case text.
/// </summary>
internal static class LexiconBaselines
{
    private static IEnumerable<string> Phrases(LexiconDocument lexicon) =>
        lexicon.Observation!.Rules.Concat(lexicon.Crisis!.Rules).SelectMany(r => r.Phrases).Distinct();

    /// <summary>
    /// One alternation inside <c>\b(?:…)\b</c>: a word class as a nested alternation, <c>word~</c> as
    /// the word's forms, <c>*</c> as an optional word.
    /// </summary>
    public static string RegexPattern(LexiconDocument lexicon)
    {
        var classes = lexicon.Classes.ToDictionary(c => c.Key, c => "(?:" + string.Join("|", c.Value.Select(Words)) + ")");
        var alternatives = Phrases(lexicon).Select(phrase =>
        {
            var parts = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var pattern = new StringBuilder();
            for (var i = 0; i < parts.Length; i++)
            {
                var part = parts[i];
                if (part == "*")
                {
                    pattern.Append(@"(?:\w+\s+)?");
                    continue;
                }

                pattern.Append(part switch
                {
                    ['{', .., '}'] => classes[part[1..^1]],
                    [.., '~'] => "(?:" + string.Join("|", Forms(lexicon, part).Select(Regex.Escape)) + ")",
                    _ => Words(part),
                });
                if (i < parts.Length - 1)
                {
                    pattern.Append(@"\s+");
                }
            }

            return pattern.ToString();
        });

        return @"\b(?:" + string.Join("|", alternatives) + @")\b";

        static string Words(string text) => string.Join(@"\s+", text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
    }

    /// <summary>Every phrase expanded into plain text (classes and forms spelled out, <c>*</c> left out), lower case, one space between words.</summary>
    public static string[] Literals(LexiconDocument lexicon)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in Phrases(lexicon))
        {
            IEnumerable<string> partial = [""];
            foreach (var part in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                IEnumerable<string> choices = part switch
                {
                    "*" => [""],
                    ['{', .., '}'] => lexicon.Classes[part[1..^1]],
                    [.., '~'] => Forms(lexicon, part),
                    _ => [part],
                };
                var taken = choices.ToArray();
                partial = [.. partial.SelectMany(p => taken.Select(c => c.Length == 0 ? p : p.Length == 0 ? c : p + " " + c))];
            }

            foreach (var literal in partial)
            {
                result.Add(literal.ToLowerInvariant());
            }
        }

        return [.. result];
    }

    private static IEnumerable<string> Forms(LexiconDocument lexicon, string part) => lexicon.Inflections[part[..^1]].Prepend(part[..^1]);
}
