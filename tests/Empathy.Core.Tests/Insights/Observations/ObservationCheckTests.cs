using Empathy.Core.Insights;
using Empathy.Core.Insights.Crisis;
using Empathy.Core.Insights.Observations;

namespace Empathy.Core.Tests.Insights.Observations;

public class ObservationCheckTests
{
    private static readonly ObservationCheck Check = new();

    [Fact]
    public void Check_CameraText_IsObjectiveWithNoHint()
    {
        var result = Check.Check("In the afternoon meeting the boss summarised and did not mention my part.");

        Assert.True(result.IsObjective);
        Assert.Empty(result.Findings);
        Assert.Null(result.RewriteHint);
        Assert.False(result.HasCrisisSignal);
    }

    [Theory]
    [InlineData("He left the door open on purpose.", "observation.mind-reading")]
    [InlineData("She obviously didn't read my email.", "observation.mind-reading")]
    [InlineData("He must think I'm stupid.", "observation.mind-reading")]
    [InlineData("They moved the review to get back at me.", "observation.mind-reading")]
    [InlineData("He wants me to fail.", "observation.mind-reading")]
    [InlineData("She is always late.", "observation.absolute")]
    [InlineData("He never helps with dinner.", "observation.absolute")]
    [InlineData("Nobody cares what I say.", "observation.absolute")]
    [InlineData("Everyone thinks I'm slow.", "observation.absolute")]
    [InlineData("Tom was selfish at the party.", "observation.judgement-label")]
    [InlineData("My brother is so lazy.", "observation.judgement-label")]
    [InlineData("The new tool is useless.", "observation.judgement-label")]
    [InlineData("I felt ignored at dinner.", "observation.faux-feeling")]
    [InlineData("He abandoned me at the station.", "observation.faux-feeling")]
    [InlineData("I was manipulated into signing.", "observation.faux-feeling")]
    [InlineData("I feel so betrayed.", "observation.faux-feeling")]
    [InlineData("I'm going to be fired.", "observation.fortune-telling")]
    [InlineData("She will leave me, I know it.", "observation.fortune-telling")]
    [InlineData("I ruined everything at the dinner.", "observation.catastrophising")]
    [InlineData("The meeting was a total disaster.", "observation.catastrophising")]
    [InlineData("He made me so angry.", "observation.blame-cause")]
    [InlineData("We were late because of him.", "observation.blame-cause")]
    public void Check_InterpretingWords_FireTheirRule(string text, string ruleId)
    {
        var result = Check.Check(text);

        Assert.False(result.IsObjective);
        Assert.Contains(result.Findings, f => f.RuleId == ruleId);
        Assert.NotNull(result.RewriteHint);
    }

    [Theory]
    [InlineData("She said \"you're so lazy\" and closed the door.")]
    [InlineData("She said \u201Cyou never listen\u201D and went upstairs.")]
    [InlineData("Mum said on the phone, 'You made me worry all night.'")]
    [InlineData("I always feel nervous before the Monday meeting.")]
    [InlineData("I never feel relaxed on Sunday evenings.")]
    [InlineData("We floated down the lazy river.")]
    [InlineData("He made me a cup of tea at four.")]
    [InlineData("The bus never came, so I walked.")]
    [InlineData("We were late because of the snow.")]
    [InlineData("The pharmacy is always closed on Sundays.")]
    [InlineData("I had a nightmare about the exam.")]
    public void Check_HardNegatives_AreObjective(string text) =>
        Assert.True(Check.Check(text).IsObjective, string.Join(", ", Check.Check(text).Findings.Select(f => f.Phrase)));

    [Fact]
    public void Check_Finding_NamesRuleSpanPhraseWhyAndTryInstead()
    {
        const string text = "He did it on purpose.";

        var finding = Assert.Single(Check.Check(text).Findings);

        Assert.Equal("observation.mind-reading", finding.RuleId);
        Assert.Equal(InsightRuleKind.MindReading, finding.Kind);
        Assert.Equal("on purpose", text.Substring(finding.Start, finding.Length));
        Assert.Equal("on purpose", finding.Phrase);
        Assert.False(string.IsNullOrWhiteSpace(finding.Why));
        Assert.False(string.IsNullOrWhiteSpace(finding.TryInstead));
    }

    [Fact]
    public void Check_RewriteHint_IsTheCameraTest() =>
        Assert.StartsWith("What would a camera have recorded?", Check.Check("He is lazy.").RewriteHint);

    [Fact]
    public void Check_SpanOfAContraction_CoversTheWholeWord()
    {
        const string text = "I'll be fired.";

        var finding = Assert.Single(Check.Check(text).Findings);

        Assert.Equal("I'll be fired", text[finding.Start..finding.End]);
    }

    [Fact]
    public void Check_LongerMatch_WinsOverTheWordsInside()
    {
        var finding = Assert.Single(Check.Check("He will never change.").Findings);

        Assert.Equal("observation.fortune-telling", finding.RuleId);
    }

    [Fact]
    public void Check_ReportedSpeech_IsNotFlaggedByDefault() =>
        Assert.True(Check.Check("She told me I was lazy.").IsObjective);

    [Fact]
    public void Check_ReportedSpeech_IsFlaggedWhenTheOptionIsOff() =>
        Assert.False(new ObservationCheck(new InsightOptions { TreatReportedSpeechAsQuoted = false }).Check("She told me I was lazy.").IsObjective);

    [Fact]
    public void Check_ReportedSpeech_EndsAtAStopWord() =>
        Assert.False(Check.Check("He said hello but obviously he didn't mean it.").IsObjective);

    [Fact]
    public void Check_ExceptionOnlyCancelsTheWordsItOverlaps()
    {
        var result = Check.Check("We had a lazy Sunday and he was lazy about the dishes.");

        Assert.Single(result.Findings);
    }

    [Fact]
    public void Check_CleanText_ReturnsTheSharedResult() =>
        Assert.Same(Check.Check("We walked to the park at noon."), Check.Check("The train left at six."));

    [Fact]
    public void Check_CleanText_AllocatesNothing()
    {
        const string text = "At 9:15 my sister sent two messages and I answered at ten, then we met for lunch.";
        Check.Check(text); // warm up

        var before = GC.GetAllocatedBytesForCurrentThread();
        Check.Check(text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Check_LongText_UsesPooledMemoryAndStillFinds()
    {
        var text = string.Concat(Enumerable.Repeat("We walked to the park at noon. ", 200)) + "He is lazy.";

        Assert.Single(Check.Check(text).Findings);
    }

    [Theory]
    [InlineData(3)] // a few matches: picked in one pass
    [InlineData(40)] // more matches than one pass picks (ScanView.MaxSelected): counted, then built
    public void Check_ManySentences_FindWhatEachSentenceFindsAlone(int repeats)
    {
        string[] sentences = ["She is always late. ", "He is not lazy. ", "I felt ignored at dinner. ", "She said he never helps. ", "We met at noon. "];
        var text = string.Concat(Enumerable.Repeat(string.Concat(sentences), repeats));

        var expected = new List<(string RuleId, int Start, int Length, string Phrase)>();
        var offset = 0;
        for (var r = 0; r < repeats; r++)
        {
            foreach (var sentence in sentences)
            {
                expected.AddRange(Check.Check(sentence).Findings.Select(f => (f.RuleId, f.Start + offset, f.Length, f.Phrase)));
                offset += sentence.Length;
            }
        }

        var found = Check.Check(text).Findings.Select(f => (f.RuleId, f.Start, f.Length, f.Phrase)).ToList();

        Assert.Equal(2 * repeats, found.Count);
        Assert.Equal(expected, found);
    }

    [Fact]
    public void Check_CrisisWords_RaiseASignalToTheSinks()
    {
        var sink = new RecordingSink();
        var check = new ObservationCheck(sinks: [sink]);

        var result = check.Check("I came home and wanted to die.");

        Assert.True(result.HasCrisisSignal);
        Assert.True(result.IsObjective);
        Assert.Equal(InsightSource.Observation, Assert.Single(sink.Signals).Source);
    }

    [Fact]
    public void Check_Spanish_FlagsInterpretation()
    {
        var check = new ObservationCheck(new InsightOptions { Language = "es" });

        var result = check.Check("Mi jefe siempre me ignora, lo hizo a propósito.");

        Assert.Contains(result.Findings, f => f.RuleId == "observation.absolute");
        Assert.Contains(result.Findings, f => f.RuleId == "observation.mind-reading");
        Assert.Contains(result.Findings, f => f.RuleId == "observation.faux-feeling");
        Assert.StartsWith("¿Qué habría grabado una cámara?", result.RewriteHint);
    }

    [Theory]
    [InlineData("Dijo \"eres un vago\" y se fue.")]
    [InlineData("Siempre me siento nervioso antes de la reunión.")]
    [InlineData("A las nueve mi hermana envió dos mensajes.")]
    public void Check_Spanish_HardNegatives_AreObjective(string text) =>
        Assert.True(new ObservationCheck(new InsightOptions { Language = "es" }).Check(text).IsObjective);

    internal sealed class RecordingSink : ICrisisSignalSink
    {
        public List<CrisisSignal> Signals { get; } = [];

        public void OnCrisisSignal(CrisisSignal signal) => Signals.Add(signal);
    }
}
