using Empathy.Core.Components;
using Empathy.Evaluation.Checks;
using Empathy.Evaluation.Data;
using Empathy.Evaluation.Scoring;

namespace Empathy.Evaluation.Tests;

public class FileScorerTests
{
    private static int _line;

    private static ScoredItem Item(string label, bool predicted, string text = "some text", string[]? fired = null, params EmpathyComponent[] components) =>
        Item(label, predicted, explores: false, text, fired, components);

    private static ScoredItem Item(string label, bool predicted, bool explores, string text = "some text", string[]? fired = null, params EmpathyComponent[] components)
    {
        var colon = label.IndexOf(':', StringComparison.Ordinal);
        var item = new LabelledItem(++_line, label[..colon], label[(colon + 1)..], text);
        return new ScoredItem(item, item.Class is "evaluative" or "accusation" or "dismissive" or "crisis", new Prediction(predicted, fired ?? [], components.ToHashSet(), explores));
    }

    [Fact]
    public void Score_CountsTheWholeFile()
    {
        var report = FileScorer.Score("observation_tiny.tsv", CheckKind.Observation,
            [Item("evaluative:label", true), Item("evaluative:label", false), Item("objective:camera", true), Item("objective:camera", false)], 0);

        Assert.Equal(new ConfusionCounts(1, 1, 1, 1), report.All.Counts);
        Assert.Equal("observation", report.Check);
        Assert.Equal("evaluative", report.PositiveClass);
        Assert.Empty(report.Components);
        Assert.Empty(report.Errors);
    }

    [Fact]
    public void Score_ScoresAPositiveSubtypeAgainstAllNegatives_AndANegativeSubtypeAlone()
    {
        var report = FileScorer.Score("observation_tiny.tsv", CheckKind.Observation,
        [
            Item("evaluative:label", true), Item("evaluative:label", true),
            Item("evaluative:mind-reading", false),
            Item("objective:camera", true), Item("objective:camera", false), Item("objective:quote", false),
        ], 0);

        Assert.Equal(
            [
                new ScoredRow("evaluative:label", new ConfusionCounts(2, 1, 0, 2)),
                new ScoredRow("evaluative:mind-reading", new ConfusionCounts(0, 1, 1, 2)),
                new ScoredRow("objective:camera", new ConfusionCounts(0, 1, 0, 1)),
                new ScoredRow("objective:quote", new ConfusionCounts(0, 0, 0, 1)),
            ],
            report.Subtypes);
    }

    [Fact]
    public void Score_AddsTheReadingsTheDataReadmeNames()
    {
        var report = FileScorer.Score("message_convabuse.tsv", CheckKind.Message,
            [Item("accusation:you-insult", true), Item("accusation:other-abuse", false), Item("statement:ok", false)], 0);

        var strict = Assert.Single(report.Readings);
        Assert.Equal("reading strict (you-insults vs statements)", strict.Scope);
        Assert.Equal(new ConfusionCounts(1, 0, 0, 1), strict.Counts);
    }

    [Fact]
    public void Score_OfAReplyFile_ComparesEachRatedMechanismWithTheComponentsShown()
    {
        var report = FileScorer.Score("reply_tiny.tsv", CheckKind.Reply,
        [
            Item("empathic:ER2-IP0-EX0", false, components: EmpathyComponent.Affective),
            Item("empathic:ER0-IP2-EX0", false, components: EmpathyComponent.Affective),
            Item("empathic:ER0-IP0-EX1", false, explores: true, components: EmpathyComponent.Concern),
            Item("dismissive:ER0-IP0-EX0", true),
            Item("dismissive:unrated", true, components: EmpathyComponent.Cognitive),
        ], 0);

        var rows = report.Components.ToDictionary(r => r.Scope, r => r.Counts);
        // The unrated item takes no part: four items are compared.
        Assert.Equal(new ConfusionCounts(1, 1, 0, 2), rows["emotional reactions ~ affective"]);
        Assert.Equal(new ConfusionCounts(1, 2, 0, 1), rows["emotional reactions ~ affective or concern"]);
        Assert.Equal(new ConfusionCounts(0, 0, 1, 3), rows["interpretations ~ cognitive"]);
        Assert.Equal(new ConfusionCounts(1, 0, 0, 3), rows["explorations ~ concern"]);
        Assert.Equal(new ConfusionCounts(1, 0, 0, 3), rows["explorations ~ exploring move"]);
        Assert.Equal(new ConfusionCounts(3, 0, 0, 1), rows["any mechanism ~ any component"]);
    }

    [Fact]
    public void Score_ListsTheWeakestSubtypesMissesFirst_ShortestFirst()
    {
        var report = FileScorer.Score("observation_tiny.tsv", CheckKind.Observation,
        [
            Item("evaluative:label", true), Item("evaluative:label", false, "a missed label, long text"),
            Item("evaluative:absolute", false, "a long miss of the weakest subtype"), Item("evaluative:absolute", false, "short miss"),
            Item("objective:camera", false),
        ], errorsPerKind: 2);

        Assert.Equal(["short miss", "a long miss of the weakest subtype"], report.Errors.Select(e => e.Text));
        Assert.All(report.Errors, e => Assert.Equal("miss", e.Kind));
    }

    [Fact]
    public void Score_ListsFalseAlarmsOfTheNoisiestRuleFirst_WithTheRulesThatFired()
    {
        var report = FileScorer.Score("observation_tiny.tsv", CheckKind.Observation,
        [
            Item("objective:camera", true, "rare rule", ["observation.rare \"x\""]),
            Item("objective:camera", true, "noisy one", ["observation.noisy \"always\""]),
            Item("objective:camera", true, "noisy two", ["observation.noisy \"never\"", "observation.rare \"y\""]),
            Item("evaluative:label", true),
        ], errorsPerKind: 2);

        Assert.Equal(["noisy one", "noisy two"], report.Errors.Select(e => e.Text));
        Assert.Equal(["observation.noisy \"never\"", "observation.rare \"y\""], report.Errors[1].Fired);
        Assert.Equal("false alarm", report.Errors[0].Kind);
    }

    [Fact]
    public void ErrorLine_ShortensLongTexts_SayingHowLongTheyWere()
    {
        var shortened = ErrorLine.Shorten(new string('a', 1000));

        Assert.StartsWith(new string('a', ErrorLine.MaxTextLength) + "…", shortened, StringComparison.Ordinal);
        Assert.EndsWith("(1000 chars)", shortened, StringComparison.Ordinal);
        Assert.Equal("short", ErrorLine.Shorten("short"));
    }
}
