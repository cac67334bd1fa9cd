using Empathy.Core.Interop.Fhir;
using Empathy.Core.Interop.HealthKit;
using Empathy.Core.Journal;
using Empathy.Core.Serialization;
using MyApp.Exercises;

namespace Empathy.Docs.Snippets;

public static class InteropSnippets
{
    public static string Questionnaire()
    {
        // snippet: interop-fhir-questionnaire
        var fhir = new FhirExerciseMapper(new FhirOptions { CanonicalBase = "https://fhir.myapp.example" });
        string questionnaire = fhir.ToQuestionnaireJson(KindnessPack.Pack, KindnessPack.ListenFirst);
        // end snippet
        return questionnaire;
    }

    public static (string Json, QuestionnaireResponseReadResult Back) Response()
    {
        var fhir = new FhirExerciseMapper(new FhirOptions { CanonicalBase = "https://fhir.myapp.example" });
        // snippet: interop-fhir-response
        var answers = new ListenFirstResponse { WhatHappened = "She cancelled again.", Felt = ["tired", "angry"], Intensity = 6 };
        var authored = new DateTimeOffset(2026, 3, 2, 21, 5, 0, TimeSpan.FromHours(1));
        string json = fhir.ToQuestionnaireResponseJson(KindnessPack.Pack, answers.ToResponse(), authored);

        QuestionnaireResponseReadResult back = fhir.ReadQuestionnaireResponse(json, KindnessPack.Pack);
        // back.Response equals answers.ToResponse(); an edited document lists its problems by linkId:
        // "linkId 'intensity': Step 'intensity' takes a number from 0 to 10; the answer is 12."
        // end snippet
        return (json, back);
    }

    public static (string Json, JournalEntry Back) StateOfMind()
    {
        // snippet: interop-healthkit-export
        var entry = new JournalEntry
        {
            Id = JournalEntryId.Parse("0195a2c4-7e10-7000-8000-00000000c0de"),
            FeltAt = new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.FromHours(1)),
            LoggedAt = new DateTimeOffset(2026, 3, 2, 21, 0, 0, TimeSpan.FromHours(1)),
            WhatHappened = "In the afternoon meeting my part was not mentioned.",
            Emotions =
            [
                new EmotionRating { Emotion = "anxious", IntensityBefore = 70, IntensityAfter = 40 },
                new EmotionRating { Emotion = "hurt", IntensityBefore = 50 },
            ],
            Valence = -0.6,
            LifeAreas = [LifeArea.Work],
        };

        var healthKit = new StateOfMindMapper();
        StateOfMindExport export = healthKit.Export([entry], exportedAt: entry.LoggedAt);
        string json = StateOfMindMapper.ToJson(export);        // no private text: times, valence, names

        StateOfMindSample sample = StateOfMindMapper.FromJson(json).Samples[0];
        JournalEntry updated = healthKit.Apply(entry, sample);  // or healthKit.ToEntry(sample) when there is no entry
        // end snippet
        return (json, updated);
    }
}
