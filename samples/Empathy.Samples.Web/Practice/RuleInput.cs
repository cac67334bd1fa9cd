using Empathy.Core.Boundaries;

namespace Empathy.Samples.Web.Practice;

/// <summary>
/// Checks IF-THEN rule input and builds the library's <see cref="IfThenRule"/> (API and pages share it). Each text
/// has the library's limit, <see cref="IfThenRule.MaxTextLength"/> characters after trimming, so what passes here
/// the library takes.
/// </summary>
public static class RuleInput
{
    /// <summary>The most match phrases a rule keeps.</summary>
    public const int MaxMatchPhrases = 20;

    /// <summary>A rule from <paramref name="request"/>, or the field errors.</summary>
    public static bool TryBuild(RuleRequest request, out IfThenRule? rule, out Dictionary<string, string[]> errors)
    {
        errors = [];
        rule = null;
        Clause(request.Behaviour, "behaviour", "Say their behaviour, as you would after \"If\" (\"you interrupt me\").", errors);
        Clause(request.Consequence, "consequence", "Say what you will do, as you would after \"then\" (\"I will stop and ask you to finish first\").", errors);
        if (TooLong(request.Timeframe) is { } timeframe)
        {
            errors["timeframe"] = [timeframe];
        }

        var phrases = (request.MatchPhrases ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
        var phraseErrors = new List<string>();
        if (phrases.Count > MaxMatchPhrases)
        {
            phraseErrors.Add($"At most {MaxMatchPhrases} phrases; this has {phrases.Count}.");
        }

        for (var i = 0; i < phrases.Count; i++)
        {
            if (TooLong(phrases[i]) is { } problem)
            {
                phraseErrors.Add($"Phrase {i + 1}: {problem}");
            }
        }

        if (phraseErrors.Count > 0)
        {
            errors["matchPhrases"] = [.. phraseErrors];
        }

        if (errors.Count > 0)
        {
            return false;
        }

        rule = new IfThenRule
        {
            Behaviour = request.Behaviour!,
            Consequence = request.Consequence!,
            Timeframe = string.IsNullOrWhiteSpace(request.Timeframe) ? null : request.Timeframe,
            Deadline = request.Deadline,
            IsActive = request.IsActive ?? true,
            MatchPhrases = phrases,
        };
        return true;
    }

    private static void Clause(string? text, string field, string missing, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors[field] = [missing];
        }
        else if (TooLong(text) is { } problem)
        {
            errors[field] = [problem];
        }
    }

    // The library trims before it counts, so a text padded with spaces is judged by what is kept.
    private static string? TooLong(string? text) =>
        text?.Trim() is { Length: > IfThenRule.MaxTextLength } trimmed
            ? $"At most {IfThenRule.MaxTextLength} characters; this has {trimmed.Length}."
            : null;
}
