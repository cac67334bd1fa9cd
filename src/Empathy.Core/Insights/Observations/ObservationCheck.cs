using Empathy.Core.Insights.Crisis;
using Empathy.Core.Insights.Lexicons;
using Empathy.Core.Insights.Text;

namespace Empathy.Core.Insights.Observations;

/// <summary>
/// The default <see cref="IObservationCheck"/>: the lexicon's observation rules, one pass over the
/// text's tokens, with quoted (and, by default, reported) speech left alone. Crisis words raise a
/// signal to every sink.
/// </summary>
/// <remarks>
/// Thread-safe; the options are read once, at construction. A heuristic over word lists: it can
/// miss an interpretation phrased in words it does not know, and it can flag a word used literally.
/// </remarks>
public sealed class ObservationCheck : IObservationCheck
{
    private readonly TextScanner _scanner;
    private readonly string _cameraTest;
    private readonly CrisisSinks _sinks;
    private readonly ScopeWords _scope;
    private static readonly ScanReader<ObservationCheck, ObservationCheckResult> ReadResult = Read;

    /// <summary>Creates a check.</summary>
    /// <param name="options">Language, word-list changes and settings; <see langword="null"/> for the defaults.</param>
    /// <param name="sinks">Who to tell about crisis signals; may be empty.</param>
    /// <exception cref="ArgumentException">The options are not valid (see <see cref="InsightOptions.Validate"/>).</exception>
    /// <exception cref="NotSupportedException">The language's lexicon has no observation rules.</exception>
    public ObservationCheck(InsightOptions? options = null, IEnumerable<ICrisisSignalSink>? sinks = null)
        : this(options, sinks, InsightLexicons.Shared)
    {
    }

    internal ObservationCheck(InsightOptions? options, IEnumerable<ICrisisSignalSink>? sinks, InsightLexicons lexicons)
    {
        options ??= new InsightOptions();
        var lexicon = lexicons.For(options);
        var rules = lexicon.Observation
            ?? throw new NotSupportedException($"The '{lexicon.Language}' lexicon has no observation rules.");
        _scanner = new TextScanner(lexicon.Tokenizer, rules.Matcher, skipQuoted: true, options.MaxTextCharacters, reportedSpeech: options.TreatReportedSpeechAsQuoted, RuleRole.Finding, RuleRole.Crisis);
        _cameraTest = rules.CameraTest;
        _sinks = new CrisisSinks(sinks);
        _scope = lexicon.Scope;
    }

    /// <inheritdoc />
    public ObservationCheckResult Check(ReadOnlySpan<char> text) => _scanner.Scan(text, this, ReadResult, ObservationCheckResult.Objective);

    private static ObservationCheckResult Read(in ScanView view, in ObservationCheck check)
    {
        var findings = ScopeReader.UnnegatedFindings(view, RuleRole.Finding, check._scope);
        var (crisis, mentions) = CrisisReading.Read(view, check._scope, InsightSource.Observation);
        if (findings.Length == 0 && mentions.Length == 0)
        {
            return ObservationCheckResult.Objective;
        }

        check._sinks.Raise(crisis);
        return new ObservationCheckResult(findings, findings.Length == 0 ? null : check._cameraTest, crisis, mentions);
    }
}
