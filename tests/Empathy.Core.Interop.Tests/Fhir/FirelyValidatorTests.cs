using Xunit.Sdk;

namespace Empathy.Core.Interop.Tests.Fhir;

/// <summary>The checker itself must be able to fail, or the tests above prove nothing.</summary>
public class FirelyValidatorTests
{
    [Fact]
    public void DisplayItemMarkedRequired_FailsInvariantQue6() =>
        Assert.Contains("que-6", Assert.Throws<TrueException>(() => FirelyValidator.ParseQuestionnaire(
            """{ "resourceType": "Questionnaire", "status": "active", "item": [ { "linkId": "a", "type": "display", "text": "x", "required": true } ] }""")).Message, StringComparison.Ordinal);

    [Fact]
    public void UnknownElement_IsRefusedByTheStrictParser() =>
        Assert.ThrowsAny<XunitException>(() => FirelyValidator.ParseQuestionnaire(
            """{ "resourceType": "Questionnaire", "status": "active", "colour": "blue" }"""));

    [Fact]
    public void RepeatedLinkIdWithAnswers_FailsInvariantQrs2() =>
        Assert.Contains("qrs-2", Assert.Throws<TrueException>(() => FirelyValidator.ParseResponse(
            """{ "resourceType": "QuestionnaireResponse", "status": "completed", "item": [ { "linkId": "a", "answer": [ { "valueInteger": 1 } ] }, { "linkId": "a", "answer": [ { "valueInteger": 2 } ] } ] }""")).Message, StringComparison.Ordinal);
}
