using System.Text;
using System.Text.Json;
using Empathy.Core.Insights;
using Empathy.Core.Insights.Messages;
using Empathy.Core.Interop.HealthKit;
using Empathy.Core.Journal;
using Empathy.Core.Serialization;
using Empathy.Core.Storage;
using Empathy.Core.Tests.Journal;
using Empathy.Core.Walls;

namespace Empathy.Core.Tests.Utils;

/// <summary>
/// The upper bounds on the journal's and the I-statement's short free texts (an emotion's name, a tag, the tag a
/// query lists by, a HealthKit emotion's name, the parts of an I-statement): at the limit a text is kept, one over is
/// refused in plain words, and an entry stored or exported before the limits existed still loads and maps unchanged.
/// </summary>
public sealed class JournalTextLengthLimitTests
{
    private static readonly string LongText = new('x', 5000);

    private static EmotionRating Rating(string emotion) => new() { Emotion = emotion, IntensityBefore = 50 };

    [Fact]
    public void Emotion_AtTheLimit_IsKept() =>
        Assert.Equal(EmotionRating.MaxEmotionLength, Rating(new string('e', EmotionRating.MaxEmotionLength)).Emotion.Length);

    [Fact]
    public void Emotion_OneOver_IsRefusedInPlainWords()
    {
        var error = Assert.Throws<ArgumentException>(() => Rating(new string('e', EmotionRating.MaxEmotionLength + 1)));

        Assert.StartsWith("An emotion's name must be at most 100 characters; this one has 101.", error.Message, StringComparison.Ordinal);
        Assert.Equal(nameof(EmotionRating.Emotion), error.ParamName);
    }

    [Fact]
    public void Emotion_CountsTheTrimmedName() =>
        Assert.Equal(EmotionRating.MaxEmotionLength, Rating("  " + new string('e', EmotionRating.MaxEmotionLength) + " ").Emotion.Length);

    [Fact]
    public void Tag_AtTheLimit_IsKept() =>
        Assert.Equal(JournalEntry.MaxTagLength, Assert.Single((JournalEntryTests.Sample() with { Tags = [new string('t', JournalEntry.MaxTagLength)] }).Tags).Length);

    [Fact]
    public void Tag_OneOver_IsRefusedNamingTheTagCountedFromOne()
    {
        var error = Assert.Throws<ArgumentException>(() => JournalEntryTests.Sample() with { Tags = ["work", new string('t', JournalEntry.MaxTagLength + 1)] });

        Assert.StartsWith("Tag 2 of a journal entry must be at most 100 characters; this one has 101.", error.Message, StringComparison.Ordinal);
        Assert.Equal(nameof(JournalEntry.Tags), error.ParamName);
    }

    [Fact]
    public void Tag_Blank_IsRefusedNamingTheTagCountedFromOne()
    {
        var error = Assert.Throws<ArgumentException>(() => JournalEntryTests.Sample() with { Tags = [" "] });

        Assert.StartsWith("Tag 1 of a journal entry must not be empty or white space.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QueryTag_AtTheLimit_IsKept_AndOneOverIsRefused()
    {
        Assert.Equal(JournalEntry.MaxTagLength, new JournalQuery { Tag = new string('T', JournalEntry.MaxTagLength) }.Tag!.Length);

        var error = Assert.Throws<ArgumentException>(() => new JournalQuery { Tag = new string('t', JournalEntry.MaxTagLength + 1) });

        Assert.StartsWith("The tag to list by must be at most 100 characters; this one has 101.", error.Message, StringComparison.Ordinal);
        Assert.Equal(nameof(JournalQuery.Tag), error.ParamName);
    }

    [Fact]
    public void StateOfMindEmotion_OneOver_IsRefusedInPlainWords()
    {
        var error = Assert.Throws<ArgumentException>(() => new StateOfMindEmotion { Name = new string('e', EmotionRating.MaxEmotionLength + 1), IntensityBefore = 50 });

        Assert.StartsWith("An emotion's name must be at most 100 characters; this one has 101.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DailyMoodTag_OneOver_IsRefusedInPlainWords()
    {
        var error = Assert.Throws<ArgumentException>(() => new StateOfMindOptions { DailyMoodTag = new string('d', JournalEntry.MaxTagLength + 1) });

        Assert.StartsWith("The daily-mood tag must be at most 100 characters; this one has 101.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StateOfMindExport_WithAnEmotionNameOverTheLimit_IsAJsonErrorNamingTheSampleTheMemberAndTheLine()
    {
        var mapper = new StateOfMindMapper();
        var entry = JournalEntryTests.Sample() with { Emotions = [Rating("sad"), Rating("afraid")] };
        var json = StateOfMindMapper.ToJson(mapper.Export([entry], entry.LoggedAt)).Replace("\"afraid\"", $"\"{new string('e', 101)}\"", StringComparison.Ordinal);
        var line = json[..json.IndexOf(new string('e', 101), StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var error = Assert.Throws<JsonException>(() => StateOfMindMapper.FromJson(json));

        Assert.Contains("sample 1, emotion 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("An emotion's name must be at most 100 characters; this one has 101", error.Message, StringComparison.Ordinal);
        Assert.Equal("$.samples[0].emotions[1].name", error.Path);
        Assert.Equal(line - 1, error.LineNumber);
        Assert.Contains($"line {line}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("observation", "The I-statement part 'Observation' must be at most 2500 characters; this one has 2501.")]
    [InlineData("feeling", "The I-statement part 'Feeling' must be at most 2500 characters; this one has 2501.")]
    [InlineData("need", "The I-statement part 'Need' must be at most 2500 characters; this one has 2501.")]
    [InlineData("request", "The I-statement part 'Request' must be at most 2500 characters; this one has 2501.")]
    public void FeelingStatement_PartOneOver_IsRefusedNamingThePart(string part, string expected)
    {
        var over = new string('w', FeelingStatement.MaxPartLength + 1);

        var error = Assert.Throws<ArgumentException>(() => new FeelingStatement
        {
            Observation = part == "observation" ? over : "you don't answer",
            Feeling = part == "feeling" ? over : "uneasy",
            Need = part == "need" ? over : null,
            Request = part == "request" ? over : null,
        });

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FeelingStatement_PartsAtTheLimit_AreKept()
    {
        var text = new string('w', FeelingStatement.MaxPartLength);

        var statement = new FeelingStatement { Observation = text, Feeling = text, Need = text, Request = text };

        Assert.Equal(FeelingStatement.MaxPartLength, statement.Request!.Length);
    }

    [Fact]
    public void FeelingStatementBuilder_FeelingOverTheLimit_IsRefusedBeforeTheAccusationCheck()
    {
        var feeling = "ignored " + new string('w', FeelingStatement.MaxPartLength);

        var error = Assert.Throws<ArgumentException>(() => new FeelingStatementBuilder().When("you left").IFeel(feeling).Build());

        Assert.StartsWith("The I-statement part 'Feeling' must be at most 2500 characters; this one has 2508.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("talk")]
    [InlineData("interrupted")]
    public void MessageCheck_WithTheLongestPartsItsOptionsAllow_SuggestsAStatementWithinTheLimit(string word)
    {
        // Each clause runs past the 2,000 characters the options let one part take from the message.
        var check = new MessageCheck(new InsightOptions { MaxStatementPartWords = 200, MaxStatementPartCharacters = 2000 });
        var clause = string.Join(' ', Enumerable.Repeat(word, 190));

        var result = check.Check($"When you {clause}, you never listen. Could you {clause}? I need you to {clause}");

        Assert.NotNull(result.Statement);
        Assert.True(result.Statement.Observation.Length > 900, "the observation is the long clause, not a placeholder");
        Assert.All([result.Statement.Observation, result.Statement.Feeling, result.Statement.Need ?? "", result.Statement.Request ?? ""],
            part => Assert.True(part.Length <= FeelingStatement.MaxPartLength));
    }

    [Fact]
    public void StoredEntry_WrittenBeforeTheLimits_LoadsItsEmotionAndTagUnchanged()
    {
        var read = JournalEntryJson.Deserialize(OldEntryJson());

        Assert.Equal(LongText, Assert.Single(read.Emotions).Emotion);
        Assert.Equal(LongText, Assert.Single(read.Tags));
    }

    [Fact]
    public void JournalExport_WrittenBeforeTheLimits_LoadsItsEmotionAndTagUnchanged()
    {
        var document = Encoding.UTF8.GetBytes($$"""{"formatVersion":1,"exportedAt":"2026-11-20T21:30:00+01:00","entries":[{{Encoding.UTF8.GetString(OldEntryJson())}}]}""");

        var entry = Assert.Single(JournalExportJson.Deserialize(document).Entries);

        Assert.Equal(LongText, Assert.Single(entry.Emotions).Emotion);
        Assert.Equal(LongText, Assert.Single(entry.Tags));
    }

    [Fact]
    public void StoredEntry_WrittenBeforeTheLimits_MapsToHealthKitAndBack_KeepingItsTexts()
    {
        var entry = JournalEntryJson.Deserialize(OldEntryJson());
        var mapper = new StateOfMindMapper();

        var sample = mapper.ToSample(entry)!;
        var applied = mapper.Apply(entry, sample);

        Assert.Equal(LongText, Assert.Single(sample.Emotions).Name);
        Assert.Equal(entry.Emotions, applied.Emotions);
        Assert.Equal(entry.Tags, applied.Tags);
    }

    [Fact]
    public void StoredEntry_WrittenBeforeTheLimits_KeepsItsTagsWhenAnotherMemberChanges_AndNewTextsMeetTheLimits()
    {
        var entry = JournalEntryJson.Deserialize(OldEntryJson());

        var changed = entry with { Valence = 0.2 };

        Assert.Equal(LongText, Assert.Single(changed.Tags));
        Assert.Throws<ArgumentException>(() => entry with { Tags = [.. entry.Tags, "work"] });
        Assert.Throws<ArgumentException>(() => Rating(LongText));
    }

    // A stored entry as a version without these limits wrote it: one emotion and one tag of 5000 characters.
    private static byte[] OldEntryJson()
    {
        var json = Encoding.UTF8.GetString(JournalEntryJson.SerializeToUtf8Bytes(JournalEntryTests.Sample() with { Emotions = [Rating("sad")], Tags = ["boss"] }));
        json = json.Replace("\"emotion\":\"sad\"", $"\"emotion\":\"{LongText}\"", StringComparison.Ordinal)
            .Replace("\"tags\":[\"boss\"]", $"\"tags\":[\"{LongText}\"]", StringComparison.Ordinal);
        Assert.Contains(LongText, json, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(json);
    }
}
