using Empathy.Core.Boundaries;

namespace Empathy.Samples.Web.Practice;

/// <summary>Checks IF-THEN rule input and builds the library's <see cref="IfThenRule"/> (API and pages share it).</summary>
public static class RuleInput
{
    /// <summary>The longest clause or phrase kept.</summary>
    public const int MaxClauseLength = 300;

    /// <summary>The most match phrases a rule keeps.</summary>
    public const int MaxMatchPhrases = 20;

    /// <summary>A rule from <paramref name="request"/>, or the field errors.</summary>
    public static bool TryBuild(RuleRequest request, out IfThenRule? rule, out Dictionary<string, string[]> errors)
    {
        errors = [];
        rule = null;
        Clause(request.Behaviour, "behaviour", "Say their behaviour, as you would after \"If\" (\"you interrupt me\").", errors);
        Clause(request.Consequence, "consequence", "Say what you will do, as you would after \"then\" (\"I will stop and ask you to finish first\").", errors);
        if (request.Timeframe is { Length: > MaxClauseLength })
        {
            errors["timeframe"] = [$"At most {MaxClauseLength} characters."];
        }

        var phrases = (request.MatchPhrases ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
        if (phrases.Count > MaxMatchPhrases || phrases.Any(p => p.Length > MaxClauseLength))
        {
            errors["matchPhrases"] = [$"At most {MaxMatchPhrases} phrases of at most {MaxClauseLength} characters each."];
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
        else if (text.Trim().Length > MaxClauseLength)
        {
            errors[field] = [$"At most {MaxClauseLength} characters."];
        }
    }
}
