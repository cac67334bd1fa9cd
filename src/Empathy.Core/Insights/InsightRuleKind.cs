namespace Empathy.Core.Insights;

/// <summary>
/// What a text rule looks for. Each rule in a lexicon has one kind; the kinds are shared by the
/// checks, so a judgement label is a <see cref="JudgementLabel"/> whether it is found in a journal
/// entry or in a message.
/// </summary>
/// <remarks>
/// The rules behind these kinds are heuristics over word lists, not a model of language: they are
/// meant to prompt reflection and can be wrong both ways.
/// </remarks>
public enum InsightRuleKind
{
    /// <summary>Intent or mind reading: claiming to know what someone meant or thought ("on purpose", "obviously").</summary>
    MindReading,

    /// <summary>A generalising absolute ("always", "never", "everyone", "nobody").</summary>
    Absolute,

    /// <summary>A judgement label put on a person or an event ("selfish", "lazy", "useless").</summary>
    JudgementLabel,

    /// <summary>A faux feeling: a word that sounds like a feeling but says what someone did to me ("ignored", "betrayed").</summary>
    FauxFeeling,

    /// <summary>Fortune telling: predicting what will happen as if it were known ("I'll be fired").</summary>
    FortuneTelling,

    /// <summary>Catastrophising: treating an event as a disaster ("I ruined everything").</summary>
    Catastrophising,

    /// <summary>Blame-cause: making someone else the cause of one's feeling ("made me", "because of you").</summary>
    BlameCause,

    /// <summary>A rhetorical question that accuses ("why can't you ever…", "what's wrong with you").</summary>
    RhetoricalQuestion,

    /// <summary>A platitude that closes the talk ("be strong", "time heals everything").</summary>
    Platitude,

    /// <summary>A comparison that shrinks the pain ("at least you still have…").</summary>
    Comparison,

    /// <summary>Unsolicited fixing: advice nobody asked for ("have you tried…", "you need to…").</summary>
    Fixing,

    /// <summary>Minimising the feeling ("it's not that bad", "calm down").</summary>
    Minimising,

    /// <summary>Turning the talk to oneself ("the same thing happened to me").</summary>
    SelfFocus,

    /// <summary>Words that suggest self-harm or suicide; reported as a crisis signal, never as advice.</summary>
    Crisis,

    /// <summary>A recurring core thought ("I'm not good enough"), used to group automatic thoughts into themes.</summary>
    CoreThought,

    /// <summary>Evidence of an empathy component in a reply (reflecting, naming a feeling, offering presence).</summary>
    ComponentEvidence,

    /// <summary>A should-statement: a rule about how oneself or others must be ("I should have known", "I have to be perfect").</summary>
    ShouldStatement,

    /// <summary>Magnification: intensity words that blow an event up ("every single thing", "completely ruined", "a huge mistake").</summary>
    Magnification,

    /// <summary>Contempt aimed at "you" without a label ("you suck", "I hate you", "shut up").</summary>
    Contempt,

    /// <summary>An exploring move in a reply: an open question about the other's experience ("what happened then?"), concern in action.</summary>
    Exploring,
}
