using Empathy.Core.Critic;

namespace Empathy.Samples.Web.Practice;

/// <summary>The inner-critic form's fields, as typed.</summary>
public sealed class CriticForm
{
    /// <summary>Its name or nickname.</summary>
    public string? Name { get; set; }

    /// <summary>What it typically says, one phrase per line.</summary>
    public string? Phrases { get; set; }

    /// <summary>The request these fields describe.</summary>
    public CriticRequest ToRequest() => new(Name, FormFields.Lines(Phrases));

    /// <summary>The form filled from a saved critic.</summary>
    public static CriticForm From(InnerCritic critic) => new() { Name = critic.Name, Phrases = string.Join('\n', critic.TypicalPhrases) };
}
