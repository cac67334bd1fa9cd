using System.Text.Json;
using System.Text.Json.Nodes;
using Empathy.Core.Interop.HealthKit;
using Empathy.Core.Journal;
using Empathy.Core.Privacy;
using Empathy.Core.Serialization;

namespace Empathy.Core.Interop.Tests.HealthKit;

public class StateOfMindMapperTests
{
    private static readonly DateTimeOffset Felt = new(2026, 11, 28, 15, 30, 0, TimeSpan.FromHours(-5));
    private readonly StateOfMindMapper _mapper = new();

    [Fact]
    public void Entry_BecomesAMomentaryEmotionWithItsValenceLabelsAndAssociations()
    {
        var sample = _mapper.ToSample(Entry())!;

        Assert.Equal(StateOfMindKind.MomentaryEmotion, sample.Kind);
        Assert.Equal(-0.6, sample.Valence);
        Assert.Equal(Felt, sample.Date);
        Assert.Equal([StateOfMindLabel.Anxious, StateOfMindLabel.Scared], sample.Labels);
        Assert.Equal([StateOfMindAssociation.Work, StateOfMindAssociation.SelfCare], sample.Associations);
    }

    [Fact]
    public void EmotionWithoutAHealthKitLabel_KeepsOurOwnNameAndNoLabel()
    {
        var hurt = _mapper.ToSample(Entry())!.Emotions.Single(e => e.Name == "hurt");

        Assert.Null(hurt.Label);
        Assert.Equal(40, hurt.IntensityBefore);
    }

    [Theory]
    [InlineData("Anxious", StateOfMindLabel.Anxious)]
    [InlineData("afraid", StateOfMindLabel.Scared)]
    [InlineData(" tired ", StateOfMindLabel.Drained)]
    [InlineData("worried", StateOfMindLabel.Worried)]
    public void Find_UsesApplesNamesThenOurSynonyms(string emotion, StateOfMindLabel expected) =>
        Assert.Equal(expected, StateOfMindLabels.Find(emotion));

    [Fact]
    public void Find_WithOwnSynonyms_UsesThemInsteadOfTheDefaults()
    {
        var mapper = new StateOfMindMapper(new StateOfMindOptions { LabelSynonyms = new Dictionary<string, StateOfMindLabel>(StringComparer.OrdinalIgnoreCase) { ["hurt"] = StateOfMindLabel.Sad } });

        var sample = mapper.ToSample(Entry())!;

        Assert.Equal([StateOfMindLabel.Anxious, StateOfMindLabel.Sad], sample.Labels);
        Assert.Null(sample.Emotions.Single(e => e.Name == "afraid").Label);
    }

    [Fact]
    public void EntryTaggedDailyMood_IsADailyMood()
    {
        var sample = _mapper.ToSample(Entry() with { Tags = ["daily-mood"] })!;

        Assert.Equal(StateOfMindKind.DailyMood, sample.Kind);
    }

    [Fact]
    public void EntryWithoutValence_IsLeftOutOfTheExportAndListed()
    {
        var withValence = Entry();
        var without = Entry() with { Id = JournalEntryId.New(), Valence = null };

        var export = _mapper.Export([without, withValence], Felt.AddDays(1));

        Assert.Equal(withValence.Id, Assert.Single(export.Samples).EntryId);
        Assert.Equal([without.Id], export.SkippedEntryIds);
    }

    [Fact]
    public void Json_UsesApplesSwiftCaseNames()
    {
        var json = StateOfMindMapper.ToJson(_mapper.Export([Entry() with { LifeAreas = [LifeArea.CurrentEvents, LifeArea.SelfCare] }], Felt));

        var sample = JsonNode.Parse(json)!["samples"]![0]!;
        Assert.Equal("momentaryEmotion", (string?)sample["kind"]);
        Assert.Equal(["anxious", "scared"], sample["labels"]!.AsArray().Select(l => (string?)l));
        Assert.Equal(["currentEvents", "selfCare"], sample["associations"]!.AsArray().Select(a => (string?)a));
        Assert.Equal(1, (int?)JsonNode.Parse(json)!["formatVersion"]);
    }

    [Fact]
    public void Export_HoldsNoPrivateText()
    {
        var json = StateOfMindMapper.ToJson(_mapper.Export([Entry()], Felt));

        Assert.DoesNotContain("meeting", json, StringComparison.Ordinal);
        Assert.DoesNotContain("useless", json, StringComparison.Ordinal);
    }

    [Fact]
    public void RoundTrip_JournalToHealthKitTermsToJournal_KeepsEveryMappedField()
    {
        var original = Entry() with { Tags = ["work-stuff", "daily-mood"] };

        var export = StateOfMindMapper.FromJson(StateOfMindMapper.ToJson(_mapper.Export([original], Felt)));
        var imported = _mapper.ToEntry(Assert.Single(export.Samples));

        Assert.Equal(original.Id, imported.Id);
        Assert.Equal(original.FeltAt, imported.FeltAt);
        Assert.Equal(original.Valence, imported.Valence);
        Assert.Equal(original.Emotions, imported.Emotions);
        Assert.Equal(original.LifeAreas, imported.LifeAreas);
        Assert.Equal(["daily-mood"], imported.Tags);
        Assert.Equal(_mapper.Options.ImportedEntryText, imported.WhatHappened.Reveal());
    }

    [Fact]
    public void Apply_OntoTheEntryItCameFrom_GivesTheEntryBack()
    {
        var original = Entry() with { Tags = ["daily-mood", "work-stuff"] };

        var again = _mapper.Apply(original, StateOfMindMapper.FromJson(StateOfMindMapper.ToJson(_mapper.Export([original], Felt))).Samples[0]);

        Assert.Equal(original with { Tags = ["work-stuff", "daily-mood"] }, again);
    }

    [Fact]
    public void SampleWithLabelsOnly_BecomesRatingsAtTheStrengthOfItsValence()
    {
        var fromAnotherApp = new StateOfMindSample
        {
            EntryId = JournalEntryId.New(),
            Date = Felt,
            Kind = StateOfMindKind.MomentaryEmotion,
            Valence = 0.75,
            Labels = [StateOfMindLabel.Grateful, StateOfMindLabel.Calm],
        };

        var entry = _mapper.ToEntry(fromAnotherApp);

        Assert.Equal(["grateful", "calm"], entry.Emotions.Select(e => e.Emotion));
        Assert.All(entry.Emotions, e => Assert.Equal(75, e.IntensityBefore));
    }

    [Fact]
    public void EveryLifeArea_HasTheAssociationOfTheSameName()
    {
        foreach (var area in Enum.GetValues<LifeArea>())
        {
            Assert.Equal(area, StateOfMindMapper.ToLifeArea(StateOfMindMapper.ToAssociation(area)));
        }

        Assert.Equal(Enum.GetValues<LifeArea>().Length, Enum.GetValues<StateOfMindAssociation>().Length);
    }

    [Theory]
    [InlineData("formatVersion", 2, "newer library")]
    [InlineData("valence", 1.5, "between -1 (very unpleasant) and 1 (very pleasant)")]
    public void FromJson_RefusesAnInvalidDocumentSayingWhy(string member, double value, string expected)
    {
        var root = JsonNode.Parse(StateOfMindMapper.ToJson(_mapper.Export([Entry()], Felt)))!;
        if (member == "formatVersion")
        {
            root[member] = (int)value;
        }
        else
        {
            root["samples"]![0]![member] = value;
        }

        var error = Assert.Throws<JsonException>(() => StateOfMindMapper.FromJson(root.ToJsonString()));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_AValenceOutOfRange_NamesTheSampleMemberLineAndRangeInWords()
    {
        var root = JsonNode.Parse(StateOfMindMapper.ToJson(_mapper.Export([Entry(), Entry()], Felt)))!;
        root["samples"]![1]!["valence"] = 1.5;
        var json = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

        var error = Assert.Throws<JsonException>(() => StateOfMindMapper.FromJson(json));

        Assert.Equal(
            $"The state-of-mind export is not valid: sample 2: The valence must be between -1 (very unpleasant) and 1 (very pleasant); it is 1.5, at $.samples[1].valence {ValueAt(json, "\"valence\": 1.5")}.",
            error.Message);
        Assert.DoesNotContain("Parameter", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Actual value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_AnIntensityOutOfRange_NamesTheSampleAndTheEmotion()
    {
        var root = JsonNode.Parse(StateOfMindMapper.ToJson(_mapper.Export([Entry()], Felt)))!;
        root["samples"]![0]!["emotions"]![2]!["intensityBefore"] = 150;
        var json = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

        var error = Assert.Throws<JsonException>(() => StateOfMindMapper.FromJson(json));

        Assert.StartsWith("The state-of-mind export is not valid: sample 1, emotion 3: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("must be between 0 and 100", error.Message, StringComparison.Ordinal);
        Assert.EndsWith($"at $.samples[0].emotions[2].intensityBefore {ValueAt(json, "\"intensityBefore\": 150")}.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_ASampleThatNamesAnEmotionTwice_IsRefusedNamingBoth()
    {
        var root = JsonNode.Parse(StateOfMindMapper.ToJson(_mapper.Export([Entry()], Felt)))!;
        root["samples"]![0]!["emotions"]![2]!["name"] = "Afraid";
        var json = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

        var error = Assert.Throws<JsonException>(() => StateOfMindMapper.FromJson(json));

        Assert.StartsWith("The state-of-mind export is not valid: sample 1, emotion 3: 'Afraid' is emotion 2 of this sample already; each emotion is rated once", error.Message, StringComparison.Ordinal);
        Assert.EndsWith($"at $.samples[0].emotions[2].name {ValueAt(json, "\"name\": \"Afraid\"")}.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_TwoEmotionsUnderOneLabel_AreTwoEmotionsAndRoundTrip()
    {
        var entry = Entry() with
        {
            Emotions = [new EmotionRating { Emotion = "afraid", IntensityBefore = 60 }, new EmotionRating { Emotion = "scared", IntensityBefore = 40 }],
        };

        var sample = StateOfMindMapper.FromJson(StateOfMindMapper.ToJson(_mapper.Export([entry], Felt))).Samples[0];

        Assert.Equal([StateOfMindLabel.Scared, StateOfMindLabel.Scared], sample.Emotions.Select(e => e.Label!.Value));
        Assert.Equal(entry.Emotions, _mapper.Apply(entry, sample).Emotions);
    }

    // Where the value of "member": value starts, as an editor counts (lines and bytes from 1; these documents are ASCII).
    private static string ValueAt(string json, string memberAndValue)
    {
        var value = json.IndexOf(memberAndValue, StringComparison.Ordinal) + memberAndValue.IndexOf(": ", StringComparison.Ordinal) + 2;
        var lineStart = json.LastIndexOf('\n', value) + 1;
        return $"(line {json[..value].Count(c => c == '\n') + 1}, byte {value - lineStart + 1} of that line)";
    }

    [Fact]
    public void FromJson_OfAFileThatIsNotJson_SaysTheLineAnEditorShows()
    {
        var error = Assert.Throws<JsonException>(() => StateOfMindMapper.FromJson("{\"formatVersion\": 1,\n  \"samples\": [,]}"));

        Assert.Contains("(line 2, byte 15 of that line)", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.LineNumber); // the position stays readable by code, counted as System.Text.Json counts
    }

    [Theory]
    [InlineData("2026-11-28T15:30:00")]
    [InlineData("2026-11-28T15:30:00.125")]
    [InlineData("2026-11-28")]
    public void FromJson_RefusesASampleDateWithoutItsOffset_NamingTheSampleAndLine(string date)
    {
        var root = JsonNode.Parse(StateOfMindMapper.ToJson(_mapper.Export([Entry()], Felt)))!;
        root["samples"]![0]!["date"] = date;
        var json = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        var line = json[..json.IndexOf("\"date\"", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var error = Assert.Throws<JsonException>(() => StateOfMindMapper.FromJson(json));

        Assert.Contains("offset from UTC", error.Message, StringComparison.Ordinal);
        Assert.Contains($"at $.samples[0].date (line {line}, ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_RefusesAnExportTimeWithoutItsOffset()
    {
        var root = JsonNode.Parse(StateOfMindMapper.ToJson(_mapper.Export([Entry()], Felt)))!;
        root["exportedAt"] = "2026-11-28T15:30:00";

        var error = Assert.Throws<JsonException>(() => StateOfMindMapper.FromJson(root.ToJsonString()));

        Assert.Contains("offset from UTC, such as 2026-11-28T15:30:00-05:00", error.Message, StringComparison.Ordinal);
        Assert.Contains("at $.exportedAt", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-28T15:30:00-05:00", -5)]
    [InlineData("2026-11-28T20:30:00Z", 0)]
    [InlineData("2026-11-28T20:30:00.5+00:00", 0)]
    [InlineData("2026-11-29T02:00:00+05:30", 5.5)]
    public void FromJson_ReadsASampleDateWithItsOffsetAsWritten(string date, double offsetHours)
    {
        var root = JsonNode.Parse(StateOfMindMapper.ToJson(_mapper.Export([Entry()], Felt)))!;
        root["samples"]![0]!["date"] = date;

        var sample = StateOfMindMapper.FromJson(root.ToJsonString()).Samples[0];

        Assert.Equal(DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture), sample.Date);
        Assert.Equal(TimeSpan.FromHours(offsetHours), sample.Date.Offset);
    }

    [Fact]
    public void FromJson_RefusesALabelHealthKitDoesNotHave()
    {
        var root = JsonNode.Parse(StateOfMindMapper.ToJson(_mapper.Export([Entry()], Felt)))!;
        root["samples"]![0]!["labels"] = new JsonArray("melancholic");

        Assert.Throws<JsonException>(() => StateOfMindMapper.FromJson(root.ToJsonString()));
    }

    private static JournalEntry Entry() => new()
    {
        Id = JournalEntryId.New(),
        FeltAt = Felt,
        LoggedAt = Felt.AddHours(2),
        WhatHappened = new SensitiveText("In the afternoon meeting my part was not mentioned."),
        AutomaticThoughts = [new SensitiveText("I'm useless.")],
        Emotions =
        [
            new EmotionRating { Emotion = "anxious", IntensityBefore = 70, IntensityAfter = 40 },
            new EmotionRating { Emotion = "afraid", IntensityBefore = 55 },
            new EmotionRating { Emotion = "hurt", IntensityBefore = 40, IntensityAfter = 30 },
        ],
        Valence = -0.6,
        LifeAreas = [LifeArea.Work, LifeArea.SelfCare],
    };
}
