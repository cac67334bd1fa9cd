namespace Empathy.Core.Insights.Lexicons;

/// <summary>The observation check's rules, the camera-test hint and the markers of reported speech.</summary>
internal sealed class LexiconObservationSection
{
    public string CameraTest { get; set; } = "";

    /// <summary>Phrases after which the rest of the clause reports someone's words ("she said…").</summary>
    public string[] ReportedSpeech { get; set; } = [];

    /// <summary>Phrases that end reported speech before the clause ends ("but", "and then").</summary>
    public string[] ReportedSpeechStops { get; set; } = [];

    public LexiconRule[] Rules { get; set; } = [];
}
