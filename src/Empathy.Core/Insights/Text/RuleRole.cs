namespace Empathy.Core.Insights.Text;

/// <summary>What a compiled rule's matches are used for.</summary>
internal enum RuleRole : byte
{
    /// <summary>A finding reported to the user.</summary>
    Finding,

    /// <summary>A crisis finding, raised as a crisis signal.</summary>
    Crisis,

    /// <summary>Evidence of an empathy component in a reply.</summary>
    Component,

    /// <summary>A core-thought theme.</summary>
    Theme,

    /// <summary>A marker that fills in part of an I-statement.</summary>
    StatementMarker,

    /// <summary>A verb of speech after which words report what someone said.</summary>
    ReportedSpeech,

    /// <summary>A word that ends reported speech.</summary>
    SpeechStop,

    /// <summary>A phrase that puts its sentence in the past ("years ago"), for the scope of crisis phrases.</summary>
    PastMarker,

    /// <summary>A phrase that puts its clause in the present ("right now", "tonight"), for the scope of crisis phrases.</summary>
    PresentMarker,
}
