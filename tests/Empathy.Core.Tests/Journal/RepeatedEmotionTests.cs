using System.Text;
using Empathy.Core.Interop.HealthKit;
using Empathy.Core.Journal;
using Empathy.Core.Serialization;
using Empathy.Core.Storage;

namespace Empathy.Core.Tests.Journal;

public class RepeatedEmotionTests
{
    private static EmotionRating Rating(string emotion, int before) => new() { Emotion = emotion, IntensityBefore = before };

    [Fact]
    public void Entry_NamingOneEmotionTwice_IsRefusedWithTheEmotionAndBothItems()
    {
        var error = Assert.Throws<ArgumentException>(() => JournalEntryTests.Sample() with
        {
            Emotions = [Rating("anxious", 80), Rating("sad", 20), Rating("Anxious", 40)],
        });

        Assert.Equal("Emotions", error.ParamName);
        Assert.Contains("'Anxious'", error.Message);
        Assert.Contains("items 1 and 3", error.Message);
        Assert.Contains("once", error.Message);
    }

    [Fact]
    public void Entry_WithDistinctEmotions_KeepsThemInOrder()
    {
        var entry = JournalEntryTests.Sample() with { Emotions = [Rating("afraid", 50), Rating("scared", 60)] };

        Assert.Equal(["afraid", "scared"], entry.Emotions.Select(e => e.Emotion));
    }

    // Older versions stored entries that named one emotion twice; such a journal must still open.
    [Fact]
    public void StoredEntry_NamingOneEmotionTwice_LoadsWithTheFirstRatingOfEach()
    {
        var stored = StoredJson("""[{"emotion":"anxious","intensityBefore":80},{"emotion":"sad","intensityBefore":20},{"emotion":"Anxious","intensityBefore":40,"intensityAfter":10}]""");

        var entry = JournalEntryJson.Deserialize(stored);

        Assert.Equal(["anxious", "sad"], entry.Emotions.Select(e => e.Emotion));
        Assert.Equal(80, entry.Emotions[0].IntensityBefore);
        Assert.Null(entry.Emotions[0].IntensityAfter);
    }

    [Fact]
    public void ExportedEntry_NamingOneEmotionTwice_ImportsWithTheFirstRatingOfEach()
    {
        var entry = Encoding.UTF8.GetString(StoredJson("""[{"emotion":"anxious","intensityBefore":80},{"emotion":"anxious","intensityBefore":40}]"""));
        var document = Encoding.UTF8.GetBytes($$"""{"formatVersion":1,"exportedAt":"2026-11-20T21:30:00+01:00","entries":[{{entry}}]}""");

        var export = JournalExportJson.Deserialize(document);

        Assert.Equal(80, Assert.Single(Assert.Single(export.Entries).Emotions).IntensityBefore);
    }

    [Fact]
    public void HealthKitExport_OfAnEntryWithSeveralEmotions_ImportsToTheSameEmotions()
    {
        var entry = JournalEntryTests.Sample() with { Emotions = [Rating("afraid", 50), Rating("scared", 60), Rating("Sad", 10)] };
        var mapper = new StateOfMindMapper();

        var json = StateOfMindMapper.ToJson(mapper.Export([entry], entry.LoggedAt));
        var imported = mapper.ToEntry(Assert.Single(StateOfMindMapper.FromJson(json).Samples));

        Assert.Equal(entry.Emotions, imported.Emotions);
    }

    private static byte[] StoredJson(string emotions)
    {
        var json = Encoding.UTF8.GetString(JournalEntryJson.SerializeToUtf8Bytes(JournalEntryTests.Sample() with { Emotions = [] }));
        return Encoding.UTF8.GetBytes(json.Replace("\"emotions\":[]", $"\"emotions\":{emotions}", StringComparison.Ordinal));
    }
}
