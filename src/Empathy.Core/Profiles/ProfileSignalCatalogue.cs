using Empathy.Core.Utils;

namespace Empathy.Core.Profiles;

/// <summary>The profile signals an app can ask about, each with the sentence a diagnosis reason gives for it.</summary>
/// <remarks>Thread-safe. The wording is the library's; apps may show their own.</remarks>
public static class ProfileSignalCatalogue
{
    /// <summary>Every defined signal, in declaration order.</summary>
    public static IReadOnlyList<ProfileSignal> All { get; } = Array.AsReadOnly(Enum.GetValues<ProfileSignal>());

    /// <summary>The sentence a <see cref="ProfileReason"/> gives when <paramref name="signal"/> was observed.</summary>
    /// <param name="signal">The signal.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="signal"/> is not defined.</exception>
    public static string Describe(ProfileSignal signal) => signal switch
    {
        ProfileSignal.FeelsStronglyWhenSafe => "Strong feeling shows when safe, so feeling is known and turned down.",
        ProfileSignal.HarshEmotionalHistory => "A history of harsh responses to emotion points to protection learned early.",
        ProfileSignal.EmotionsRarelyNamed => "Emotions are rarely named at all, so the emotional dimension barely formed.",
        ProfileSignal.EarlyFeelingsUnanswered => "Early feelings went unanswered, so feel → express → be answered never formed.",
        ProfileSignal.ExpressionWithoutFeeling => "Sympathy is expressed with no feeling behind it.",
        ProfileSignal.ExpressionWithoutAction => "Sympathy is expressed and never followed by an act.",
        ProfileSignal.DrainedAfterOthersEmotions => "Feels drained or numb after taking in others' emotions.",
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, Guard.Undefined(signal, "profile signals")),
    };
}
