using Empathy.Core.Utils;

namespace Empathy.Core.Walls;

/// <summary>The signals an app can ask about, each with a plain question to put to the user.</summary>
/// <remarks>Thread-safe. The wording is the library's; apps may show their own.</remarks>
public static class WallSignalCatalogue
{
    /// <summary>Every defined signal, in declaration order.</summary>
    public static IReadOnlyList<WallSignal> All { get; } = Array.AsReadOnly(Enum.GetValues<WallSignal>());

    /// <summary>A yes/no question that tells whether <paramref name="signal"/> was observed.</summary>
    /// <param name="signal">The signal.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="signal"/> is not defined.</exception>
    public static string Question(WallSignal signal) => signal switch
    {
        WallSignal.GoesQuietWhenCriticised => "Do they go quiet or withdraw when criticised?",
        WallSignal.CounterAttacks => "Do they answer a complaint with a complaint or blame of their own?",
        WallSignal.Guarded => "Do they seem watchful and guarded, looking for hidden meanings?",
        WallSignal.OpensUpWhenSafe => "Do they warm up and say more when the mood is calm and safe?",
        WallSignal.HurtBefore => "Do you know they were hurt or shamed when they opened up before?",
        WallSignal.JustifiesAtLength => "Do they explain and justify at length when you name a feeling?",
        WallSignal.AsksForFactsOverFeelings => "Do they answer a feeling with \"what exactly do you want me to do?\"",
        WallSignal.UnmovedByEmotionalAppeals => "Do they stay calm and unmoved by emotional appeals, neither hostile nor warm?",
        WallSignal.RespondsToClearRules => "Do they keep agreements once a rule is stated explicitly?",
        WallSignal.OffersSolutions => "Do they reply to a feeling with a fix or a plan?",
        WallSignal.PuzzledByFeelingTalk => "Do they seem puzzled, rather than hurt, when feelings are talked about?",
        WallSignal.RarelyNamesEmotions => "Do they rarely name an emotion of their own?",
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, Guard.Undefined(signal, "wall signals")),
    };

    /// <summary>A short description of <paramref name="signal"/>, used in diagnosis reasons.</summary>
    /// <param name="signal">The signal.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="signal"/> is not defined.</exception>
    public static string Describe(WallSignal signal) => signal switch
    {
        WallSignal.GoesQuietWhenCriticised => "Goes quiet when criticised",
        WallSignal.CounterAttacks => "Counter-attacks",
        WallSignal.Guarded => "Guarded",
        WallSignal.OpensUpWhenSafe => "Opens up when safe",
        WallSignal.HurtBefore => "Hurt before",
        WallSignal.JustifiesAtLength => "Justifies at length",
        WallSignal.AsksForFactsOverFeelings => "Asks for facts over feelings",
        WallSignal.UnmovedByEmotionalAppeals => "Unmoved by emotional appeals",
        WallSignal.RespondsToClearRules => "Responds to clear rules",
        WallSignal.OffersSolutions => "Offers solutions",
        WallSignal.PuzzledByFeelingTalk => "Puzzled by feeling talk",
        WallSignal.RarelyNamesEmotions => "Rarely names emotions",
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, Guard.Undefined(signal, "wall signals")),
    };
}
