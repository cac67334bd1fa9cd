using Empathy.Core.Critic;

namespace Empathy.Samples.Web.Practice;

/// <summary>
/// Checks inner-critic input and builds the library's <see cref="InnerCritic"/> (API and pages share it), with the
/// library's limits (<see cref="InnerCritic.MaxNameLength"/>, <see cref="InnerCritic.MaxPhraseLength"/>, after trimming).
/// </summary>
public static class CriticInput
{
    /// <summary>The most phrases a critic keeps.</summary>
    public const int MaxPhrases = 50;

    /// <summary>A critic from <paramref name="request"/> (blank phrases dropped, repeats ignoring case kept once), or the field errors.</summary>
    public static bool TryBuild(CriticRequest request, out InnerCritic? critic, out Dictionary<string, string[]> errors)
    {
        errors = [];
        critic = null;
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors["name"] = [$"Give the critic a name, even a nickname such as \"the heckler\" (at most {InnerCritic.MaxNameLength} characters)."];
        }
        else if (request.Name.Trim() is { Length: > InnerCritic.MaxNameLength } name)
        {
            errors["name"] = [$"A critic's name is at most {InnerCritic.MaxNameLength} characters; this one has {name.Length}."];
        }

        var phrases = (request.TypicalPhrases ?? [])
            .Where(p => !string.IsNullOrWhiteSpace(p))
            .Select(p => p.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var phraseErrors = new List<string>();
        if (phrases.Count > MaxPhrases)
        {
            phraseErrors.Add($"At most {MaxPhrases} phrases; this has {phrases.Count}.");
        }

        for (var i = 0; i < phrases.Count; i++)
        {
            if (phrases[i].Length > InnerCritic.MaxPhraseLength)
            {
                phraseErrors.Add($"Phrase {i + 1}: at most {InnerCritic.MaxPhraseLength} characters; this has {phrases[i].Length}.");
            }
        }

        if (phraseErrors.Count > 0)
        {
            errors["typicalPhrases"] = [.. phraseErrors];
        }

        if (errors.Count > 0)
        {
            return false;
        }

        critic = new InnerCritic { Name = request.Name!, TypicalPhrases = phrases };
        return true;
    }
}
