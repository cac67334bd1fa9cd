using Hl7.Fhir.FhirPath;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Validation;

namespace Empathy.Core.Interop.Tests.Fhir;

/// <summary>
/// Parses our JSON with the Firely SDK in strict mode (unknown elements, wrong primitive formats and
/// cardinality are errors), runs its attribute validation over the whole tree, and evaluates the R4
/// invariants of Questionnaire and QuestionnaireResponse with its FHIRPath engine. The invariant
/// expressions are the ones the R4 specification states for these resources (written out here since
/// the POCO SDK carries no invariants of its own).
/// </summary>
internal static class FirelyValidator
{
    private static readonly FhirJsonDeserializer Strict = new(new DeserializerSettings().UsingMode(DeserializationMode.Strict));

    private static readonly (string Key, string Expression)[] ItemInvariants =
    [
        ("que-1", "(type='group' implies item.empty().not()) and (type='display' implies item.empty())"),
        ("que-3", "type!='display' or code.empty()"),
        ("que-4", "answerOption.empty() or answerValueSet.empty()"),
        ("que-5", "(type='choice' or type='open-choice' or type='decimal' or type='integer' or type='date' or type='dateTime' or type='time' or type='string' or type='quantity') or (answerValueSet.empty() and answerOption.empty())"),
        ("que-6", "type!='display' or (required.empty() and repeats.empty())"),
        ("que-8", "(type!='group' and type!='display') or initial.empty()"),
        ("que-9", "type!='display' or readOnly.empty()"),
        ("que-11", "answerOption.empty() or initial.empty()"),
    ];

    public static Questionnaire ParseQuestionnaire(string json)
    {
        var questionnaire = Parse<Questionnaire>(json);
        var errors = new List<string>();
        Check(questionnaire, "que-2", "repeat(item).linkId.isDistinct()", "Questionnaire", errors);
        foreach (var item in questionnaire.Select("repeat(item)").Cast<Questionnaire.ItemComponent>())
        {
            foreach (var (key, expression) in ItemInvariants)
            {
                Check(item, key, expression, $"item '{item.LinkId}'", errors);
            }
        }

        CheckExtensions(questionnaire, errors);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        return questionnaire;
    }

    public static QuestionnaireResponse ParseResponse(string json)
    {
        var response = Parse<QuestionnaireResponse>(json);
        var errors = new List<string>();
        // qrs-2 as R4 states it looks only beneath the top-level items; the top level is checked beside it.
        Check(response, "qrs-2", "repeat(answer|item).select(item.where(answer.value.exists()).linkId.isDistinct()).allTrue()", "QuestionnaireResponse", errors);
        Check(response, "qrs-2", "item.where(answer.value.exists()).linkId.isDistinct()", "QuestionnaireResponse (top level)", errors);
        foreach (var item in response.Select("repeat(item | answer.item)").OfType<QuestionnaireResponse.ItemComponent>())
        {
            Check(item, "qrs-1", "(answer.exists() and item.exists()).not()", $"item '{item.LinkId}'", errors);
        }

        CheckExtensions(response, errors);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        return response;
    }

    private static T Parse<T>(string json)
        where T : Resource
    {
        T resource;
        try
        {
            resource = Strict.Deserialize<T>(json);
        }
        catch (DeserializationFailedException failure)
        {
            Assert.Fail($"Firely refused the {typeof(T).Name}: {failure.Message}{Environment.NewLine}{json}");
            throw;
        }

        resource.Validate(ModelInfo.ModelInspector, NarrativeValidationKind.FhirXhtml, null, true);
        return resource;
    }

    // ext-1: an extension has either a value or nested extensions, never both and never neither.
    private static void CheckExtensions(Base resource, List<string> errors)
    {
        foreach (var extension in resource.Select("descendants().extension | extension").Cast<Extension>())
        {
            Check(extension, "ext-1", "extension.exists() != value.exists()", $"extension '{extension.Url}'", errors);
        }
    }

    private static void Check(Base node, string key, string expression, string where, List<string> errors)
    {
        if (!node.IsTrue(expression))
        {
            errors.Add($"{key} fails on {where}: {expression}");
        }
    }
}
