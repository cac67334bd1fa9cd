namespace Empathy.Core.Profiles;

/// <summary>
/// An observation about a person, beyond their levels, that a profile diagnosis may use.
/// </summary>
/// <remarks>Signals are what an app or a person observed; the library never infers them from levels.</remarks>
public enum ProfileSignal
{
    /// <summary>Shows strong feeling when they feel safe (points to a defensive dry well).</summary>
    FeelsStronglyWhenSafe,

    /// <summary>Grew up with, or lives with, harsh responses to emotion (points to a defensive dry well).</summary>
    HarshEmotionalHistory,

    /// <summary>Rarely or never names an emotion at all (points to a developmental dry well).</summary>
    EmotionsRarelyNamed,

    /// <summary>Early feelings were not answered by caregivers (points to a developmental dry well).</summary>
    EarlyFeelingsUnanswered,

    /// <summary>Expresses sympathy with no feeling behind it, such as copied condolences (points to performative).</summary>
    ExpressionWithoutFeeling,

    /// <summary>Expresses sympathy that is never followed by any act (points to performative).</summary>
    ExpressionWithoutAction,

    /// <summary>Feels drained or numb after taking in others' emotions (supports flood).</summary>
    DrainedAfterOthersEmotions,
}
