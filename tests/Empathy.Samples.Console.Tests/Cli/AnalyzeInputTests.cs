using System.Text;
using System.Text.Json;
using Empathy.Samples.Console.Cli;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Tests.Support;

namespace Empathy.Samples.Console.Tests.Cli;

/// <summary>What <c>analyze</c> refuses, and how it reads standard input: line by line, in bounded memory.</summary>
public sealed class AnalyzeInputTests
{
    private static JsonElement Json(string line) => JsonDocument.Parse(line).RootElement;

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task EmptyTextArgument_ExitsOneSayingEmptyText(string text)
    {
        var result = await CliRun.RunAsync(["analyze", "observation", text]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("empty text", result.Error);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public async Task TextArgumentOverTheLimit_IsRefusedNamingTheLimit()
    {
        var result = await CliRun.RunAsync(["analyze", "message", new string('a', TextLimits.MaxTextBytes + 1)]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(TextLimits.MaxTextDescription, result.Error);
        Assert.Equal(string.Empty, result.Out);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("Text")]
    public async Task StandardInputWithFormatText_ExitsOneBeforeReadingInsteadOfWritingJson(string format)
    {
        var result = await CliRun.RunAsync(["analyze", "message", "--format", format], stdin: "Why are you always so cold?\n");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("--format text needs the text as an argument: from standard input, 'analyze message' writes JSON Lines", result.Error);
    }

    [Fact]
    public async Task StandardInputWithFormatJson_IsJsonLines()
    {
        var result = await CliRun.RunAsync(["analyze", "message", "--format", "json"], stdin: "Why are you always so cold?\n");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.True(Json(Assert.Single(result.OutLines)).GetProperty("isAccusation").GetBoolean());
    }

    [Fact]
    public async Task EmptyLineOnStandardInput_IsReportedOnItsOwnLineAndTheRestIsChecked()
    {
        var result = await CliRun.RunAsync(["analyze", "observation"], stdin: "My boss targeted me on purpose.\n\nIt rained.\n");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Json).ToList();
        Assert.Equal(3, lines.Count);
        Assert.False(lines[0].GetProperty("isObjective").GetBoolean());
        Assert.Equal("empty", lines[1].GetProperty("error").GetString());
        Assert.Equal(2, lines[1].GetProperty("line").GetInt32());
        Assert.False(lines[1].TryGetProperty("isObjective", out _));
        Assert.True(lines[2].GetProperty("isObjective").GetBoolean());
        Assert.Contains("line 2: empty text", result.Error);
    }

    [Fact]
    public async Task OverlongLineOnStandardInput_IsRefusedAndTheNextLineIsStillChecked()
    {
        var input = new string('x', TextLimits.MaxTextBytes + 10) + "\nIt rained.\n";

        var result = await CliRun.RunAsync(["analyze", "observation"], stdin: input);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Json).ToList();
        Assert.Equal("too-long", lines[0].GetProperty("error").GetString());
        Assert.True(lines[1].GetProperty("isObjective").GetBoolean());
        Assert.True(result.Out.Length < 2_000, "a refused line is not echoed");
    }

    [Fact]
    public async Task InvalidUtf8OnStandardInput_IsRefusedNotReplaced()
    {
        byte[] input = [.. "It rained "u8, 0xC3, 0x28, .. "\nIt rained.\n"u8];

        var result = await CliRun.RunAsync(["analyze", "observation"], stdinBytes: input);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Json).ToList();
        Assert.Equal("invalid-utf8", lines[0].GetProperty("error").GetString());
        Assert.Equal(1, lines[0].GetProperty("line").GetInt32());
        Assert.True(lines[1].GetProperty("isObjective").GetBoolean());
        Assert.DoesNotContain('\uFFFD', result.Out);
        Assert.Contains("line 1: not valid UTF-8", result.Error);
    }

    [Fact]
    public async Task InvalidUtf8OnStandardInput_NamesTheColumnAndTheByteOffsetOfTheBadByte()
    {
        byte[] input = [.. "It rained.\nIt rained "u8, 0xC3, 0x28, .. "\n"u8];

        var result = await CliRun.RunAsync(["analyze", "observation"], stdinBytes: input);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        const string Expected = "not valid UTF-8 text: the byte 0xC3 at column 11, byte 22 of standard input, is not valid UTF-8; not checked.";
        var refused = Json(result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1]);
        Assert.Equal(Expected, refused.GetProperty("message").GetString());
        Assert.Contains("line 2: " + Expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reader_NamesTheOffsetOfABadByteInTheWholeInput_AfterItsBufferMovedAndSkipped()
    {
        // Ten short lines, a line over the limit (skipped), then a bad byte: the buffer has been shifted and emptied on the way.
        using var input = new MemoryStream([.. Enumerable.Range(0, 10).SelectMany(_ => "aaaa\n"u8.ToArray()), .. new string('b', 40).Select(c => (byte)c), (byte)'\n', .. "xy"u8, 0xFF, (byte)'\n']);
        var reader = new BoundedLineReader(input, 16);

        InputLine? last = null;
        while (await reader.ReadLineAsync(CancellationToken.None) is { } read)
        {
            last = read;
        }

        Assert.Equal(LineProblem.InvalidUtf8, last!.Value.Problem);
        Assert.Equal(12, last.Value.Number);
        Assert.Equal((0xFF, 50L + 41 + 2, 3), (last.Value.Fault!.Value.Value, last.Value.Fault.Value.Offset, last.Value.Fault.Value.Column));
    }

    [Fact]
    public async Task Reader_OfALineEndingInTheMiddleOfACharacter_SaysSo()
    {
        using var input = new MemoryStream([.. "caf"u8, 0xC3]);

        var read = await new BoundedLineReader(input, 64).ReadLineAsync(CancellationToken.None);

        Assert.Equal(LineProblem.InvalidUtf8, read!.Value.Problem);
        Assert.Equal(
            "it ends in the middle of a character (the byte 0xC3 at column 4, byte 4 of standard input, starts a character whose other bytes are missing)",
            read.Value.Fault!.Value.Describe(withLine: false, stream: "standard input"));
    }

    [Fact]
    public async Task RefusedLinesOnStandardInput_KeepTheNumbersOfTheLinesTheyAre()
    {
        byte[] input = [.. "It rained.\n"u8, 0xFF, .. "\n\nIt rained "u8, 0xC3, 0x28, .. "\n"u8];

        var result = await CliRun.RunAsync(["analyze", "observation"], stdinBytes: input);

        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Json).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal(
            [(2, "invalid-utf8"), (3, "empty"), (4, "invalid-utf8")],
            lines.Skip(1).Select(l => (l.GetProperty("line").GetInt32(), l.GetProperty("error").GetString())));
    }

    [Fact]
    public async Task InvalidUtf8InAnArgument_IsRefusedBeforeAnythingRuns()
    {
        // What .NET hands to Main for bytes that are not UTF-8.
        var result = await CliRun.RunAsync(["analyze", "observation", "It rained \uFFFD("]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("argument 3 is not valid UTF-8", result.Error);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public async Task StandardInput_IsAnsweredLineByLineAsItIsRead()
    {
        string[] texts = ["My boss targeted me on purpose.", "It rained.", "Everyone always ignores me."];
        var output = new StringWriter { NewLine = "\n" };
        var input = new WatchedInput(texts, output);
        using var app = new EmpathyApp(Terminal.Plain(output, new StringWriter(), input), CliEnvironment.FromValues(new Dictionary<string, string>(), null));

        var exitCode = await EmpathyCli.RunAsync(["analyze", "observation"], app);

        Assert.Equal(ExitCodes.Success, exitCode);
        // Before serving line n+1, n answers were already written.
        Assert.Equal([0, 1, 2, 3], input.AnswersSeenBeforeEachLine);
    }

    [Fact]
    public async Task Reader_OnALargeInput_HoldsOneBufferOfTheLimitWhateverTheInputSize()
    {
        const int limit = 1024;
        var line = Encoding.UTF8.GetBytes(new string('a', 100) + "\n");
        var oneLongLine = new byte[limit * 50];
        Array.Fill(oneLongLine, (byte)'b');
        using var input = new MemoryStream([.. Enumerable.Range(0, 2_000).SelectMany(_ => line), .. oneLongLine, (byte)'\n', .. line]);
        var reader = new BoundedLineReader(input, limit);

        var (texts, tooLong) = (0, 0);
        while (await reader.ReadLineAsync(CancellationToken.None) is { } read)
        {
            texts += read.Problem == LineProblem.None ? 1 : 0;
            tooLong += read.Problem == LineProblem.TooLong ? 1 : 0;
        }

        Assert.Equal((2_001, 1), (texts, tooLong));
        Assert.Equal(input.Length, reader.BytesRead);
        Assert.True(reader.BufferBytes <= limit + 2, $"buffer {reader.BufferBytes} bytes for {input.Length} bytes of input");
    }

    [Theory]
    [InlineData("exactly", 7, true)]
    [InlineData("exactly!", 7, false)]
    [InlineData("crlf\r", 4, true)]
    public async Task Reader_AtTheLimit_AcceptsUpToTheLimitWithoutTheLineBreak(string text, int limit, bool accepted)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(text + "\n"));

        var read = await new BoundedLineReader(input, limit).ReadLineAsync(CancellationToken.None);

        Assert.Equal(accepted ? LineProblem.None : LineProblem.TooLong, read!.Value.Problem);
    }

    [Fact]
    public async Task JsonScores_AreRoundedToTwoDecimals()
    {
        // Unrounded, these weights give confidence 0.7000000000000001 and 0.5222222222222221.
        var plain = await CliRun.RunAsync(["wall", "diagnose", "--signal", "guarded", "--signal", "opens-up-when-safe", "--signal", "hurt-before", "--format", "json"]);
        var mixed = await CliRun.RunAsync(["wall", "diagnose", "--signal", "offers-solutions", "--signal", "guarded", "--signal", "justifies-at-length", "--signal", "counter-attacks", "--format", "json"]);

        Assert.Equal("0.7", Json(plain.Out).GetProperty("confidence").GetRawText());
        Assert.Equal("2.1", Json(plain.Out).GetProperty("defenseScore").GetRawText());
        Assert.Equal("0.52", Json(mixed.Out).GetProperty("confidence").GetRawText());
    }

    /// <summary>Standard input that serves one line per read and records how many answers were written before each.</summary>
    private sealed class WatchedInput(IReadOnlyList<string> lines, StringWriter output) : Stream
    {
        private int _next;

        public List<int> AnswersSeenBeforeEachLine { get; } = [];

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            AnswersSeenBeforeEachLine.Add(output.ToString().Count(c => c == '\n'));
            if (_next == lines.Count)
            {
                return 0;
            }

            return Encoding.UTF8.GetBytes(lines[_next++] + "\n", buffer);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
