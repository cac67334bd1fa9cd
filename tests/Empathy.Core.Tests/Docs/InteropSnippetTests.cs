using Empathy.Core.Exercises;
using Empathy.Docs.Snippets;
using MyApp.Exercises;

namespace Empathy.Core.Tests.Docs;

/// <summary>The interop snippets run, and docs/interop.md shows exactly the JSON they write.</summary>
public partial class SnippetTests
{
    private static string InteropDoc() =>
        File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "interop.md")).ReplaceLineEndings("\n");

    [Fact]
    public void Interop_Questionnaire_IsTheOneShownInTheDocs()
    {
        var json = InteropSnippets.Questionnaire();

        Assert.Contains("\"resourceType\": \"Questionnaire\"", json, StringComparison.Ordinal);
        Assert.Contains(json.ReplaceLineEndings("\n"), InteropDoc(), StringComparison.Ordinal);
    }

    [Fact]
    public void Interop_Response_RoundTripsAndIsShownInTheDocs()
    {
        var (json, back) = InteropSnippets.Response();

        Assert.True(back.IsValid);
        Assert.Equal(new ListenFirstResponse { WhatHappened = "She cancelled again.", Felt = ["tired", "angry"], Intensity = 6 }.ToResponse(), back.Response);
        Assert.Contains(json.ReplaceLineEndings("\n"), InteropDoc(), StringComparison.Ordinal);
    }

    [Fact]
    public void Interop_Response_EditedOffTheScale_ReadsAsTheDocsSay()
    {
        var (json, _) = InteropSnippets.Response();
        var edited = json.Replace("\"valueInteger\": 6", "\"valueInteger\": 12", StringComparison.Ordinal);

        var problem = Assert.Single(new Interop.Fhir.FhirExerciseMapper(new() { CanonicalBase = "https://fhir.myapp.example" }).ReadQuestionnaireResponse(edited, KindnessPack.Pack).Problems);

        Assert.Equal(ExerciseResponseProblemKind.OutOfRange, problem.Kind);
        Assert.Equal("linkId 'intensity': Step 'intensity' takes a number from 0 to 10; the answer is 12.", problem.Message);
    }

    [Fact]
    public void Interop_StateOfMind_KeepsTheEntryAndIsShownInTheDocs()
    {
        var (json, back) = InteropSnippets.StateOfMind();

        Assert.Equal(-0.6, back.Valence);
        Assert.Equal(["anxious", "hurt"], back.Emotions.Select(e => e.Emotion));
        Assert.Contains(json.ReplaceLineEndings("\n"), InteropDoc(), StringComparison.Ordinal);
    }
}
