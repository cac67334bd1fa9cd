using Empathy.Core.Exercises;
using Empathy.Core.Exercises.BuiltIn;
using Empathy.Samples.Console.Cli;

namespace Empathy.Samples.Console.Tests.Cli;

public sealed class ExerciseJournalTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ToEntry_Archaeologist_FillsTheFourLayersAndRatesEachEmotion()
    {
        var response = new ArchaeologistJournalResponse
        {
            WhatHappened = "The boss did not mention my report.",
            AutomaticThoughts = "I'm useless.\nThey're going to drop me.",
            BodySensations = "tight chest",
            WhatIDid = "Scrolled for an hour.",
            Emotion = ["anxious", "ashamed"],
            Intensity = 70,
        }.ToResponse();

        var entry = ExerciseJournal.ToEntry(EmpathyPack.ArchaeologistJournal, response, Now)!;

        Assert.Equal("The boss did not mention my report.", entry.WhatHappened.Reveal());
        Assert.Equal(["I'm useless.", "They're going to drop me."], entry.AutomaticThoughts.Select(t => t.Reveal()));
        Assert.Equal("tight chest", Assert.Single(entry.BodySensations).Reveal());
        Assert.Equal("Scrolled for an hour.", entry.WhatIDid?.Reveal());
        Assert.Equal([("anxious", 70), ("ashamed", 70)], entry.Emotions.Select(e => (e.Emotion, e.IntensityBefore)));
        Assert.Equal(["exercise", "archaeologist-journal"], entry.Tags);
        Assert.Equal(Now, entry.FeltAt);
    }

    [Fact]
    public void ToEntry_OtherExercise_WritesNoJournalEntry()
    {
        var response = new ExerciseResponse
        {
            PackName = "empathy",
            ExerciseId = EmpathyPack.NameYourCritic.Id,
            Answers = new Dictionary<string, ExerciseAnswer> { ["critic-name"] = ExerciseAnswer.FromText("the heckler") },
        };

        Assert.Null(ExerciseJournal.ToEntry(EmpathyPack.NameYourCritic, response, Now));
        Assert.False(ExerciseJournal.WritesEntry(EmpathyPack.NameYourCritic));
    }
}
