using System.Text;
using Empathy.Core.Insights;
using Empathy.Core.Insights.CoreThoughts;
using Empathy.Core.Insights.Crisis;
using Empathy.Core.Insights.Lexicons;
using Empathy.Core.Insights.Messages;
using Empathy.Core.Insights.Observations;
using Empathy.Core.Insights.Replies;
using Empathy.Core.Insights.Text;
using Empathy.Core.Journal;
using Empathy.Core.Privacy;

namespace Empathy.Core.Tests.Insights.Text;

/// <summary>
/// No input makes a check slow: the work a check does (trie nodes walked, matches compared, tokens
/// stepped over, counted by <see cref="ScanWork"/>) grows linearly from 10 KB to 100 KB to 1,000 KB
/// of text built by repeating one rule's trigger words. Nothing here is timed.
/// </summary>
public class LinearWorkTests
{
    /// <summary>Ten times the text may cost at most this many times the work (10 is linear).</summary>
    private const double MaxGrowthPerTenfold = 12;

    private static readonly int[] Kilobytes = [10, 100, 1000];

    private static readonly InsightOptions Spanish = new() { Language = "es" };

    private static readonly ObservationCheck EnglishObservation = new();
    private static readonly ObservationCheck SpanishObservation = new(Spanish);
    private static readonly MessageCheck EnglishMessage = new();
    private static readonly MessageCheck SpanishMessage = new(Spanish);
    private static readonly ReplyCheck Reply = new();
    private static readonly CrisisDetector EnglishCrisis = new();
    private static readonly CrisisDetector SpanishCrisis = new(Spanish);
    private static readonly CoreThoughtGrouper Grouper = new();

    [Theory]
    [InlineData("said")]
    [InlineData("he said you always")]
    [InlineData("she told me that he said, but i")]
    [InlineData("\"said ")]
    [InlineData("'you always ")]
    public void ObservationCheck_ReportedSpeech_GrowsLinearly(string repeated) =>
        AssertLinear(repeated, text => EnglishObservation.Check(text));

    [Theory]
    [InlineData("dijo")]
    [InlineData("él dijo que siempre")]
    public void ObservationCheck_SpanishReportedSpeech_GrowsLinearly(string repeated) =>
        AssertLinear(repeated, text => SpanishObservation.Check(text));

    [Theory]
    [InlineData("you never x")]
    [InlineData("you never went")]
    [InlineData("you always")]
    [InlineData("when you never")]
    public void MessageCheck_StatementMarkers_GrowLinearly(string repeated) =>
        AssertLinear(repeated, text => EnglishMessage.Check(text));

    [Fact]
    public void MessageCheck_Suggestion_IsBoundedInLength()
    {
        var text = Repeat("you never x", 1000);

        var result = EnglishMessage.Check(text);

        Assert.True(result.IsAccusation);
        Assert.NotNull(result.Suggestion);
        Assert.True(result.Suggestion.Length < 1000, $"The suggestion has {result.Suggestion.Length} characters.");
    }

    [Fact]
    public void MessageCheck_OneHugeWord_IsLeftAsThePlaceholder()
    {
        var result = EnglishMessage.Check("You never " + new string('x', 100_000));

        Assert.DoesNotContain("xxxx", result.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TextOverTheLimit_IsRefusedWithTheLimitNamed()
    {
        var check = new ObservationCheck(new InsightOptions { MaxTextCharacters = 1_000 });

        var error = Assert.Throws<ArgumentException>(() => check.Check(new string('a', 1_001)));

        Assert.Contains("MaxTextCharacters", error.Message, StringComparison.Ordinal);
        Assert.True(check.Check(new string('a', 1_000)).IsObjective);
    }

    [Fact]
    public void EveryRule_OfEveryCheck_GrowsLinearly()
    {
        var checks = new (string Language, Func<CompiledLexicon, Matcher?> Matcher, Action<string> Run)[]
        {
            ("en", l => l.Observation?.Matcher, t => EnglishObservation.Check(t)),
            ("es", l => l.Observation?.Matcher, t => SpanishObservation.Check(t)),
            ("en", l => l.Message?.Matcher, t => EnglishMessage.Check(t)),
            ("es", l => l.Message?.Matcher, t => SpanishMessage.Check(t)),
            ("en", l => l.Reply?.Matcher, t => Reply.Check(t)),
            ("en", l => l.Crisis, t => EnglishCrisis.Detect(t)),
            ("es", l => l.Crisis, t => SpanishCrisis.Detect(t)),
            ("en", l => l.CoreThoughts, t => Grouper.Group([Entry(t)])),
        };

        var failures = new List<string>();
        foreach (var (language, select, run) in checks)
        {
            var matcher = select(LexiconStore.Default(language))!;
            foreach (var trigger in Triggers(matcher))
            {
                var growth = Growth(trigger, run);
                if (growth.Any(g => g > MaxGrowthPerTenfold))
                {
                    failures.Add($"[{language}] '{trigger}': {string.Join(", ", growth.Select(g => g.ToString("0.0")))}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    // One phrase per rule, as the text that triggers it ("*" read as one word).
    private static IEnumerable<string> Triggers(Matcher matcher) =>
        matcher.Patterns
            .Where(p => !p.IsException)
            .GroupBy(p => p.Rule)
            .Select(g => g.First().Phrase.Replace("*", "x", StringComparison.Ordinal));

    private static void AssertLinear(string repeated, Action<string> run)
    {
        var growth = Growth(repeated, run);
        Assert.All(growth, g => Assert.InRange(g, 0, MaxGrowthPerTenfold));
    }

    private static double[] Growth(string repeated, Action<string> run)
    {
        var work = new long[Kilobytes.Length];
        for (var i = 0; i < Kilobytes.Length; i++)
        {
            var text = Repeat(repeated, Kilobytes[i]);
            ScanWork.Reset();
            run(text);
            work[i] = ScanWork.Steps;
        }

        return [.. work.Skip(1).Zip(work, (larger, smaller) => larger / (double)smaller)];
    }

    private static string Repeat(string unit, int kilobytes)
    {
        var text = new StringBuilder(kilobytes * 1000 + unit.Length + 1);
        while (text.Length < kilobytes * 1000)
        {
            text.Append(unit).Append(' ');
        }

        return text.ToString(0, kilobytes * 1000);
    }

    private static JournalEntry Entry(string thought) => new()
    {
        Id = JournalEntryId.New(),
        FeltAt = DateTimeOffset.UnixEpoch,
        LoggedAt = DateTimeOffset.UnixEpoch,
        WhatHappened = "A day.",
        AutomaticThoughts = [new SensitiveText(thought)],
    };
}
