namespace Empathy.Core.Interop.Fhir;

/// <summary>The FHIR R4 core extension and code system URLs the mapping uses (all defined by the FHIR specification).</summary>
internal static class FhirUrls
{
    /// <summary>A translation of a string element: sub-extensions <c>lang</c> (code) and <c>content</c> (string).</summary>
    public const string Translation = "http://hl7.org/fhir/StructureDefinition/translation";

    /// <summary>The lowest answer an integer item accepts.</summary>
    public const string MinValue = "http://hl7.org/fhir/StructureDefinition/minValue";

    /// <summary>The highest answer an integer item accepts.</summary>
    public const string MaxValue = "http://hl7.org/fhir/StructureDefinition/maxValue";

    /// <summary>How an item is rendered (here: a hint shown as a flyover beside its question).</summary>
    public const string ItemControl = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";

    /// <summary>The code system of <see cref="ItemControl"/> values.</summary>
    public const string ItemControlSystem = "http://hl7.org/fhir/questionnaire-item-control";

    /// <summary>UCUM, for the timer's duration in seconds.</summary>
    public const string Ucum = "http://unitsofmeasure.org";
}
