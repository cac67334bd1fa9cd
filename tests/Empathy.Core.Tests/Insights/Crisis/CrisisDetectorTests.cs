using Empathy.Core.Insights;
using Empathy.Core.Insights.Crisis;
using Empathy.Core.Journal;

namespace Empathy.Core.Tests.Insights.Crisis;

public class CrisisDetectorTests
{
    private static readonly CrisisDetector Detector = new();

    [Theory]
    [InlineData("I want to die.")]
    [InlineData("I've been thinking about killing myself.")]
    [InlineData("I don't want to be alive anymore.")]
    [InlineData("Some nights I think about ending my life.")]
    [InlineData("i wish i was dead")]
    [InlineData("Everyone would be better off without me.")]
    [InlineData("I keep wanting to hurt myself.")]
    [InlineData("I'm a burden to everyone.")]
    [InlineData("I WANT TO DIE")]
    [InlineData("I don\u2019t want to live anymore.")]
    public void Detect_ClearCase_RaisesASignal(string text)
    {
        var signal = Detector.Detect(text);

        Assert.NotNull(signal);
        Assert.All(signal.Findings, f => Assert.Equal(InsightRuleKind.Crisis, f.Kind));
    }

    [Theory]
    [InlineData("This deadline is killing me.")]
    [InlineData("I could kill for a coffee.")]
    [InlineData("I'm dying to see it!")]
    [InlineData("I nearly died laughing.")]
    [InlineData("My phone is dead again.")]
    [InlineData("I'd rather die than wear that sweater.")]
    [InlineData("I wanted to die of embarrassment when I tripped.")]
    [InlineData("My mum will kill me if I'm late.")]
    [InlineData("That cake is to die for.")]
    [InlineData("We watched a film about a bank robbery.")]
    public void Detect_EverydayIdiom_RaisesNothing(string text) =>
        Assert.Null(Detector.Detect(text));

    [Fact]
    public void Detect_Signal_NamesSourceAndSpan()
    {
        const string text = "Honestly I want to die.";

        var signal = Detector.Detect(text, InsightSource.Message)!;

        Assert.Equal(InsightSource.Message, signal.Source);
        var finding = Assert.Single(signal.Findings);
        Assert.Equal("want to die", text.Substring(finding.Start, finding.Length));
        Assert.Equal("crisis.self-harm", finding.RuleId);
    }

    [Fact]
    public void Detect_Signal_GivesNoAdviceOrNumbers()
    {
        var finding = Detector.Detect("I want to die.")!.Findings[0];

        Assert.DoesNotMatch("[0-9]{3}", finding.Why + finding.TryInstead);
        Assert.Contains("the host app decides", finding.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_TellsEverySink()
    {
        var first = new RecordingSink();
        var second = new RecordingSink();
        var detector = new CrisisDetector(sinks: [first, second]);

        detector.Detect("I want to end my life.");

        Assert.Single(first.Signals);
        Assert.Single(second.Signals);
    }

    [Fact]
    public void Detect_NoCrisis_TellsNoSink()
    {
        var sink = new RecordingSink();

        new CrisisDetector(sinks: [sink]).Detect("A quiet Sunday: laundry and a walk.");

        Assert.Empty(sink.Signals);
    }

    [Fact]
    public void Hub_RaisesItsEventForEachSignal()
    {
        var hub = new CrisisSignalHub();
        var raised = new List<CrisisSignal>();
        hub.SignalRaised += (_, signal) => raised.Add(signal);

        new CrisisDetector(sinks: [hub]).Detect("I want to die.");

        Assert.Single(raised);
    }

    [Fact]
    public void Detect_Entry_ChecksEveryLayerAndNamesIt()
    {
        var entry = new JournalEntry
        {
            Id = JournalEntryId.New(),
            FeltAt = DateTimeOffset.UnixEpoch,
            LoggedAt = DateTimeOffset.UnixEpoch,
            WhatHappened = "The meeting ran late.",
            AutomaticThoughts = ["I'm useless.", "I want to die."],
            BodySensations = ["tight chest"],
            WhatIDid = "Thought about hurting myself, then called a friend.",
        };

        var signals = Detector.Detect(entry);

        Assert.Equal(2, signals.Count);
        Assert.Equal((InsightSource.AutomaticThought, 1), (signals[0].Source, signals[0].ItemIndex!.Value));
        Assert.Equal(InsightSource.WhatIDid, signals[1].Source);
        Assert.All(signals, s => Assert.Equal(entry.Id, s.EntryId));
    }

    [Fact]
    public void Detect_CleanText_AllocatesNothing()
    {
        const string text = "I walked to the station and the train was twelve minutes late.";
        Detector.Detect(text);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Detector.Detect(text);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Detect_Spanish_ClearCaseAndIdiom()
    {
        var detector = new CrisisDetector(new InsightOptions { Language = "es" });

        Assert.NotNull(detector.Detect("No quiero seguir viviendo."));
        Assert.Null(detector.Detect("Me muero de ganas de verte."));
    }

    [Fact]
    public void Signal_WithoutFindings_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new CrisisSignal { Source = InsightSource.Text, Findings = [] });

    private sealed class RecordingSink : ICrisisSignalSink
    {
        public List<CrisisSignal> Signals { get; } = [];

        public void OnCrisisSignal(CrisisSignal signal) => Signals.Add(signal);
    }
}
