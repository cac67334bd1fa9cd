using Empathy.Core.Critic;

namespace Empathy.Samples.Web.Practice;

/// <summary>Checks inner-critic input and builds the library's <see cref="InnerCritic"/> (API and pages share it).</summary>
public static class CriticInput
{
    /// <summary>The longest name kept.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The longest phrase kept.</summary>
    public const int MaxPhraseLength = 300;

    /// <summary>The most phrases a critic keeps.</summary>
    public const int MaxPhrases = 50;

    /// <summary>A critic from <paramref name="request"/> (blank phrases dropped, repeats ignoring case kept once), or the field errors.</summary>
    public static bool TryBuild(CriticRequest request, out InnerCritic? critic, out Dictionary<string, string[]> errors)
    {
        errors = [];
        critic = null;
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > MaxNameLength)
        {
            errors["name"] = [$"Give the critic a name, even a nickname such as \"the heckler\" (at most {MaxNameLength} characters)."];
        }

        var phrases = (request.TypicalPhrases ?? [])
            .Where(p => !string.IsNullOrWhiteSpace(p))
            .Select(p => p.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (phrases.Count > MaxPhrases || phrases.Any(p => p.Length > MaxPhraseLength))
        {
            errors["typicalPhrases"] = [$"At most {MaxPhrases} phrases of at most {MaxPhraseLength} characters each."];
        }

        if (errors.Count > 0)
        {
            return false;
        }

        critic = new InnerCritic { Name = request.Name!, TypicalPhrases = phrases };
        return true;
    }
}
