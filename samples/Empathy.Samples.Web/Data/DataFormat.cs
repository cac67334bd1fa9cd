namespace Empathy.Samples.Web.Data;

/// <summary>The documents the data page can export (the same three the console's <c>empathy export --format</c> writes).</summary>
public enum DataFormat
{
    /// <summary>Everything: the library's versioned owner data document (journal and practice records, private text included).</summary>
    All,

    /// <summary>Every exercise as a FHIR R4 Questionnaire and every saved exercise response as a QuestionnaireResponse, in one Bundle.</summary>
    Fhir,

    /// <summary>The journal's moods in Apple HealthKit's state-of-mind terms (no private text).</summary>
    HealthKit,
}
