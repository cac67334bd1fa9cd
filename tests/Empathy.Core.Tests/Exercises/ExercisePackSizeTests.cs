using System.Text;
using Empathy.Core.Exercises;

namespace Empathy.Core.Tests.Exercises;

/// <summary>
/// A pack file holds at most <see cref="ExercisePack.MaxFileBytes"/> bytes (4 MiB, a UTF-8 byte order mark
/// not counted). Every way of loading refuses a larger one with EMP0020, naming the file and the limit, and
/// a stream is read no further than one byte past the limit, however long it is.
/// </summary>
public class ExercisePackSizeTests
{
    private const string Path = "downloads/big.exercises.json";

    private const string Message =
        "The exercise pack file 'big.exercises.json' is larger than 4 MiB (4,194,304 bytes), the most an exercise pack file may hold; split its exercises into smaller packs";

    private const string Tiny = """
        {
          "pack": "tiny",
          "title": "Tiny",
          "exercises": [
            { "id": "one", "title": "One", "summary": "The one.", "components": ["concern"],
              "steps": [ { "id": "say", "kind": "text", "prompt": "Say it." } ] }
          ]
        }
        """;

    /// <summary><see cref="Tiny"/> followed by spaces up to exactly <paramref name="bytes"/> bytes of UTF-8.</summary>
    private static string PaddedTo(int bytes) => Tiny + new string(' ', bytes - Encoding.UTF8.GetByteCount(Tiny));

    private static void AssertTooLarge(ExercisePackLoadResult result, string message = Message)
    {
        Assert.Null(result.Pack);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("EMP0020", ExercisePackProblemSeverity.Error, 1, 1), (problem.Id, problem.Severity, problem.Line, problem.Column));
        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void MaxFileBytes_IsFourMebibytes() => Assert.Equal(4 * 1024 * 1024, ExercisePack.MaxFileBytes);

    [Fact]
    public void Load_TextOfExactlyTheLimit_Loads() =>
        Assert.True(ExercisePack.Load(PaddedTo(ExercisePack.MaxFileBytes), Path).Succeeded);

    [Fact]
    public void Load_TextOneByteAboveTheLimit_IsTooLarge() =>
        AssertTooLarge(ExercisePack.Load(PaddedTo(ExercisePack.MaxFileBytes + 1), Path));

    [Fact]
    public void Load_TextUnderTheLimitInCharactersButAboveItInUtf8Bytes_IsTooLarge()
    {
        // 'é' is two bytes of UTF-8: the text has fewer characters than the limit, its file more bytes.
        var text = Tiny + new string('é', (ExercisePack.MaxFileBytes / 2) + 1);

        Assert.True(text.Length < ExercisePack.MaxFileBytes);
        AssertTooLarge(ExercisePack.Load(text, Path));
    }

    [Fact]
    public void Load_TextWithoutAPath_SaysTheExercisePack() =>
        AssertTooLarge(
            ExercisePack.Load(PaddedTo(ExercisePack.MaxFileBytes + 1)),
            "The exercise pack is larger than 4 MiB (4,194,304 bytes), the most an exercise pack file may hold; split its exercises into smaller packs");

    [Fact]
    public void LoadAll_FileAboveTheLimit_IsTooLargeAndTheOthersLoad()
    {
        var results = ExercisePack.LoadAll([new ExercisePackFile(Path, PaddedTo(ExercisePack.MaxFileBytes + 1)), new ExercisePackFile("tiny.exercises.json", Tiny)]);

        AssertTooLarge(results.Single(r => r.Problems.Count > 0));
        Assert.Single(results, r => r.Succeeded);
    }

    [Fact]
    public void Load_StreamOfExactlyTheLimitAfterAByteOrderMark_Loads()
    {
        using var stream = new MemoryStream([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(PaddedTo(ExercisePack.MaxFileBytes))]);

        Assert.True(ExercisePack.Load(stream, Path).Succeeded);
    }

    [Fact]
    public void Load_StreamOneByteAboveTheLimit_IsTooLarge()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(PaddedTo(ExercisePack.MaxFileBytes + 1)));

        AssertTooLarge(ExercisePack.Load(stream, Path));
    }

    [Fact]
    public void Load_EndlessStream_ReadsNoFurtherThanOneBytePastTheLimit()
    {
        using var stream = new EndlessStream();

        AssertTooLarge(ExercisePack.Load(stream, Path));
        Assert.Equal(ExercisePack.MaxFileBytes + 1, stream.BytesRead);
    }

    [Fact]
    public async Task LoadAsync_EndlessStream_ReadsNoFurtherThanOneBytePastTheLimit()
    {
        using var stream = new EndlessStream();

        AssertTooLarge(await ExercisePack.LoadAsync(stream, Path, CancellationToken.None));
        Assert.Equal(ExercisePack.MaxFileBytes + 1, stream.BytesRead);
    }

    [Fact]
    public void Load_SeekableStreamAboveTheLimit_IsRefusedWithoutReadingIt()
    {
        using var stream = new MemoryStream(new byte[ExercisePack.MaxFileBytes + 10]);

        AssertTooLarge(ExercisePack.Load(stream, Path));
        Assert.Equal(0, stream.Position);
    }

    /// <summary>A stream of spaces that never ends and cannot seek, counting what was read from it.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            buffer.Fill((byte)' ');
            BytesRead += buffer.Length;
            return buffer.Length;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
