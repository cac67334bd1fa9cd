namespace Empathy.Core.Walls;

/// <summary>
/// The catalogue of observable signals that tell what a wall is made of. Each weighs toward
/// <see cref="WallKind.Defense"/>, <see cref="WallKind.Logic"/> or both, by the weights in
/// <see cref="WallOptions.SignalWeights"/>; <see cref="WallSignalCatalogue"/> has a question for each.
/// </summary>
/// <remarks>Signals are what someone observed in the other person's behaviour, never guesses about their inner life.</remarks>
public enum WallSignal
{
    /// <summary>Goes quiet or withdraws when criticised (leans to defense).</summary>
    GoesQuietWhenCriticised,

    /// <summary>Answers a complaint with a counter-complaint or blame (leans to defense).</summary>
    CounterAttacks,

    /// <summary>Seems watchful and guarded, looking for hidden meanings (leans to defense).</summary>
    Guarded,

    /// <summary>Warms up and says more when the mood is calm and safe (leans to defense).</summary>
    OpensUpWhenSafe,

    /// <summary>Is known to have been hurt or shamed when they opened up before (leans to defense).</summary>
    HurtBefore,

    /// <summary>Explains and justifies at length when a feeling is named (leans to defense, a little to logic).</summary>
    JustifiesAtLength,

    /// <summary>Answers a feeling with "what exactly do you want me to do?" (leans to logic).</summary>
    AsksForFactsOverFeelings,

    /// <summary>Stays calm and unmoved by emotional appeals, neither hostile nor warm (leans to logic).</summary>
    UnmovedByEmotionalAppeals,

    /// <summary>Keeps agreements once a rule is stated explicitly (leans to logic).</summary>
    RespondsToClearRules,

    /// <summary>Replies to a feeling with a fix or a plan (leans to logic).</summary>
    OffersSolutions,

    /// <summary>Seems puzzled, not hurt, when feelings are talked about (leans to logic).</summary>
    PuzzledByFeelingTalk,

    /// <summary>Rarely names an emotion of their own (leans to logic, a little to defense).</summary>
    RarelyNamesEmotions,
}
