namespace Empathy.Core.Insights.Text;

/// <summary>
/// Where a reply component's words must stand to count as evidence, as the lexicon declares it
/// (<c>"frames": ["ClauseEnd", "SharedExperience"]</c>). A rule with no frame counts wherever it matches.
/// </summary>
[Flags]
internal enum RuleFrame
{
    None = 0,

    /// <summary>
    /// A question to the other person: the sentence is asked, it holds no dismissive finding ("have you
    /// tried yoga?" is fixing, not asking), and no other exploring phrase stands in it (one question, one move).
    /// </summary>
    AskedOfThem = 1,

    /// <summary>The words end their clause, and a first-person word stands before them in it ("I feel that way too").</summary>
    ClauseEnd = 2,

    /// <summary>The words open the reply and their clause ends with them ("Same. …", "Me too, …").</summary>
    Opening = 4,

    /// <summary>
    /// Shared experience: it counts as understanding only when the reply does not turn to its own story
    /// (no self-focus finding stands anywhere in it).
    /// </summary>
    SharedExperience = 8,
}
