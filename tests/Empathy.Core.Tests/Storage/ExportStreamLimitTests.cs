using System.Text;
using Empathy.Core.Serialization;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;

namespace Empathy.Core.Tests.Storage;

public class ExportStreamLimitTests
{
    public static TheoryData<string> Readers => ["journal", "practice", "owner"];

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task DeserializeAsync_OfAnEndlessStream_IsRefusedOneBytePastTheLimit(string reader)
    {
        var source = new PaddedStream("{", long.MaxValue, seekable: false);

        var error = await Assert.ThrowsAsync<JournalFormatException>(() => Read(reader, source));

        Assert.Contains("is larger than 64 MiB (67,108,864 bytes)", error.Message, StringComparison.Ordinal);
        Assert.Contains(".DeserializeAsync reads from a stream", error.Message, StringComparison.Ordinal);
        Assert.Equal(MaxStreamBytes(reader) + 1L, source.BytesServed);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task DeserializeAsync_OfASeekableStreamOverTheLimit_IsRefusedBeforeReading(string reader)
    {
        var source = new PaddedStream("{", MaxStreamBytes(reader) + 1L, seekable: true);

        var error = await Assert.ThrowsAsync<JournalFormatException>(() => Read(reader, source));

        Assert.Contains("is larger than 64 MiB", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, source.BytesServed);
    }

    [Fact]
    public async Task DeserializeAsync_OfADocumentOfExactlyTheLimit_IsRead()
    {
        var document = PracticeExportJson.SerializeToUtf8Bytes(new PracticeExport { ExportedAt = new DateTimeOffset(2026, 11, 20, 21, 30, 0, TimeSpan.FromHours(1)) });
        var source = new PaddedStream(Encoding.UTF8.GetString(document), PracticeExportJson.MaxStreamBytes, seekable: false);

        var export = await PracticeExportJson.DeserializeAsync(source);

        Assert.Equal(0, export.Count);
        Assert.Equal(PracticeExportJson.MaxStreamBytes, source.BytesServed);
    }

    [Fact]
    public void TheLimit_IsTheSameForEveryReader() =>
        Assert.Equal([JournalExportJson.MaxStreamBytes, JournalExportJson.MaxStreamBytes], new[] { PracticeExportJson.MaxStreamBytes, OwnerDataExportJson.MaxStreamBytes });

    private static int MaxStreamBytes(string reader) => reader switch
    {
        "journal" => JournalExportJson.MaxStreamBytes,
        "practice" => PracticeExportJson.MaxStreamBytes,
        _ => OwnerDataExportJson.MaxStreamBytes,
    };

    private static Task Read(string reader, Stream source) => reader switch
    {
        "journal" => JournalExportJson.DeserializeAsync(source),
        "practice" => PracticeExportJson.DeserializeAsync(source),
        _ => OwnerDataExportJson.DeserializeAsync(source),
    };

    /// <summary>A read-only stream of <c>start</c> followed by spaces, <c>length</c> bytes in all, counting what it serves.</summary>
    private sealed class PaddedStream(string start, long length, bool seekable) : Stream
    {
        private readonly byte[] _start = Encoding.UTF8.GetBytes(start);

        public long BytesServed { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => seekable;

        public override bool CanWrite => false;

        public override long Length => seekable ? length : throw new NotSupportedException();

        public override long Position
        {
            get => BytesServed;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var served = (int)Math.Min(count, length - BytesServed);
            for (var i = 0; i < served; i++)
            {
                var at = BytesServed + i;
                buffer[offset + i] = at < _start.Length ? _start[at] : (byte)' ';
            }

            BytesServed += served;
            return served;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
