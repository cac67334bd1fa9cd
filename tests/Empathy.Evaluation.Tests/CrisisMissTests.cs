using Empathy.Evaluation.Checks;
using Empathy.Evaluation.Data;
using Empathy.Evaluation.Reports;
using Empathy.Evaluation.Scoring;

namespace Empathy.Evaluation.Tests;

/// <summary>
/// The crisis file's measured miss analysis (what the check saw in the texts it missed) and its two
/// second readings: the writer's past words counting too, and the ceiling of any phrase of any scope.
/// </summary>
public class CrisisMissTests
{
    private static int _line;

    private static ScoredItem Item(string label, bool predicted, CrisisMentionKinds kinds)
    {
        var colon = label.IndexOf(':', StringComparison.Ordinal);
        var item = new LabelledItem(++_line, label[..colon], label[(colon + 1)..], "some text");
        return new ScoredItem(item, item.Class == "crisis", new Prediction(predicted, [], new HashSet<Empathy.Core.Components.EmpathyComponent>(), Crisis: kinds));
    }

    private static readonly ScoredItem[] Items =
    [
        Item("crisis:Ideation", true, CrisisMentionKinds.Raising),
        Item("crisis:Ideation", false, CrisisMentionKinds.None),
        Item("crisis:Ideation", false, CrisisMentionKinds.None),
        Item("crisis:Ideation", false, CrisisMentionKinds.Another | CrisisMentionKinds.Reader),
        Item("crisis:Behavior", false, CrisisMentionKinds.Past | CrisisMentionKinds.WriterPast),
        Item("crisis:Behavior", false, CrisisMentionKinds.Negated | CrisisMentionKinds.Past),
        Item("indicator:Indicator", false, CrisisMentionKinds.Past | CrisisMentionKinds.WriterPast),
        Item("indicator:Indicator", false, CrisisMentionKinds.Reader),
        Item("indicator:Indicator", false, CrisisMentionKinds.None),
    ];

    [Fact]
    public void Score_OfACrisisFile_CountsTheMissesWithNoPhrase_AndEachKindThatKeptOneFromRaising()
    {
        var misses = Assert.Single(FileScorer.Score("crisis_tiny.tsv", CheckKind.Crisis, Items, 0).Misses);

        Assert.Equal("all", misses.Scope);
        Assert.Equal(5, misses.Missed);
        Assert.Equal(2, misses.WithoutMention);
        var byKind = misses.ByKind.ToDictionary(k => k.Kind, k => k.Items);
        Assert.Equal(1, byKind["about another person"]);
        Assert.Equal(1, byKind["to the reader"]);
        Assert.Equal(0, byKind["no one named (a topic)"]);
        Assert.Equal(1, byKind["negated"]);
        Assert.Equal(2, byKind["in the past"]);
        Assert.Equal(1, byKind["the writer, in the past, not negated"]);
    }

    [Fact]
    public void Score_OfAnotherCheck_HasNoMissAnalysis()
    {
        Assert.Empty(FileScorer.Score("observation_tiny.tsv", CheckKind.Observation, Items, 0).Misses);
    }

    [Fact]
    public void Score_OfTheCssrsFile_ScoresTheHistoryAndCeilingReadings()
    {
        var report = FileScorer.Score("crisis_cssrs_reddit.tsv", CheckKind.Crisis, Items, 0);
        var readings = report.Readings.ToDictionary(r => r.Scope, r => r.Counts);

        // History: the writer's past, non-negated words count; one more find, one more false alarm.
        Assert.Equal(new ConfusionCounts(2, 1, 4, 2), readings["reading history (the writer's past words count too)"]);
        // Ceiling: any phrase at all; only texts with none stay unflagged.
        Assert.Equal(new ConfusionCounts(4, 2, 2, 1), readings["reading ceiling (any crisis phrase, of any scope)"]);
        Assert.Equal(new ConfusionCounts(1, 0, 5, 3), report.All.Counts);
    }

    [Theory]
    // The kinds as their numbers (the enum is internal to the runner): see CrisisMentionKinds.
    [InlineData("I want to die.", 1)] // raising
    [InlineData("My friend wants to die.", 2)] // another
    [InlineData("Years ago I wanted to die.", 32 | 64)] // past, the writer's past
    [InlineData("I have never wanted to die.", 16)] // negated
    [InlineData("Please don't end your life.", 4 | 16)] // reader, negated
    [InlineData("Suicidal thoughts are common.", 8)] // unnamed
    [InlineData("I bought bread.", 0)]
    public void CheckRunner_ReportsTheKindsOfCrisisMention(string text, int kinds)
    {
        Assert.Equal((CrisisMentionKinds)kinds, new CheckRunner().Predict(CheckKind.Crisis, text).Crisis);
    }

    [Fact]
    public void TextReport_WritesTheMissAnalysis_WithoutAnyText()
    {
        var report = new EvaluationReport("data", [FileScorer.Score("crisis_tiny.tsv", CheckKind.Crisis, Items, 0)], []);
        var text = new StringWriter();

        TextReportWriter.Write(report, text);

        Assert.Contains("-- misses: 5; with no crisis phrase of any scope: 2; with a phrase that did not raise the flag: 3", text.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("some text", text.ToString(), StringComparison.Ordinal);
    }
}

/// <summary>A reading from an annotation of line numbers, bound to its file by a digest of the items.</summary>
public class AnnotationTests
{
    private static ScoredItem Item(int line, string label, bool predicted, string text)
    {
        var colon = label.IndexOf(':', StringComparison.Ordinal);
        var item = new LabelledItem(line, label[..colon], label[(colon + 1)..], text);
        return new ScoredItem(item, item.Class == "crisis", new Prediction(predicted, [], new HashSet<Empathy.Core.Components.EmpathyComponent>()));
    }

    private static readonly ScoredItem[] Items =
    [
        Item(1, "crisis:post", true, "first"),
        Item(2, "crisis:post", false, "second"),
        Item(3, "crisis:post", false, "third"),
        Item(4, "no-crisis:post", true, "fourth"),
        Item(5, "no-crisis:post", false, "fifth"),
    ];

    [Fact]
    public void Score_WithAnAnnotationOfTheseItems_KeepsTheAnnotatedPositivesAndEveryNegative()
    {
        var annotation = new Annotation("crisis_own.tsv", "stated", Annotation.Digest(Items.Select(i => i.Item)), new HashSet<int> { 1, 2 });

        var report = FileScorer.Score("crisis_own.tsv", CheckKind.Crisis, Items, 0, [annotation]);

        var row = Assert.Single(report.Readings);
        Assert.Equal("reading stated", row.Scope);
        Assert.Equal(new ConfusionCounts(1, 1, 1, 1), row.Counts);
        // Its misses are counted on their own: one annotated positive missed, with no phrase.
        Assert.Equal(["all", "reading stated"], report.Misses.Select(m => m.Scope));
        Assert.Equal((1, 1), (report.Misses[1].Missed, report.Misses[1].WithoutMention));
    }

    [Fact]
    public void Score_OfAChangedFile_DoesNotScoreTheAnnotation_AndSaysSo()
    {
        var annotation = new Annotation("crisis_own.tsv", "stated", Annotation.Digest(Items.Select(i => i.Item)), new HashSet<int> { 1, 2 });
        ScoredItem[] changed = [.. Items[..4], Item(5, "no-crisis:post", false, "fifth, edited")];

        var report = FileScorer.Score("crisis_own.tsv", CheckKind.Crisis, changed, 0, [annotation]);

        var row = Assert.Single(report.Readings);
        Assert.Contains("not scored", row.Scope, StringComparison.Ordinal);
        Assert.Equal(0, row.Counts.Total);
        Assert.Equal("all", Assert.Single(report.Misses).Scope);
    }

    [Fact]
    public void Digest_IsTheSha256OfLineLabelAndText()
    {
        // printf '1\tcrisis:post\tfirst\n' | sha256sum
        Assert.Equal("77817ed1f59c91ee6f7159788a41c5c3fcff6bbc99be5b8b9eb75666a720d7c2", Annotation.Digest([Items[0].Item]));
        Assert.NotEqual(Annotation.Digest([Items[0].Item]), Annotation.Digest([new LabelledItem(2, "crisis", "post", "first")]));
    }

    [Fact]
    public void FirstPersonTweets_HoldsLineNumbersOnly_OfItsOwnFile()
    {
        var annotation = Annotation.FirstPersonTweets;

        Assert.Equal("crisis_tweets.tsv", annotation.FileName);
        Assert.Equal(64, annotation.ItemsDigest.Length);
        Assert.All(annotation.Lines, line => Assert.InRange(line, 1, 600));
    }
}
