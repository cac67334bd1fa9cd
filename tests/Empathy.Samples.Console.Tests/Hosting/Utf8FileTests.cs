using System.Text;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Tests.Support;

namespace Empathy.Samples.Console.Tests.Hosting;

/// <summary>A person's file is read as UTF-8 only; anything else is refused naming the file and the first bad byte's place.</summary>
public sealed class Utf8FileTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<CliException> RefusedAsync(byte[] bytes)
    {
        var path = Path.Combine(_folder.Path, "notes.json");
        await File.WriteAllBytesAsync(path, bytes);
        var refused = await Assert.ThrowsAsync<CliException>(() => Utf8File.ReadTextAsync(new FileInfo(path), CancellationToken.None));
        Assert.Equal(ExitCodes.BadInput, refused.ExitCode);
        Assert.StartsWith($"{path} is not UTF-8 text: ", refused.Message, StringComparison.Ordinal);
        return refused;
    }

    private static byte[] Bytes(params object[] parts) =>
        [.. parts.SelectMany(part => part is string text ? Encoding.UTF8.GetBytes(text) : [(byte)(int)part])];

    [Fact]
    public async Task Latin1Byte_IsNamedWithItsLineAndColumn()
    {
        var refused = await RefusedAsync(Bytes("{\n  \"note\": \"caf", 0xE9, "\"\n}\n"));

        Assert.EndsWith("the byte 0xE9 at line 2, column 15 is not valid UTF-8; save the file as UTF-8 and try again.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ColumnsCountCharactersNotBytes_AndEveryKindOfLineEnd()
    {
        var refused = await RefusedAsync(Bytes("a\r\nb\rc\n\"\u00e9t\u00e9 ", 0xFF));

        Assert.Contains("the byte 0xFF at line 4, column 6 ", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0xC0, 0x80)] // an overlong form
    [InlineData(0xED, 0xA0)] // a surrogate
    [InlineData(0xF4, 0x90)] // above U+10FFFF
    [InlineData(0x80, 0x41)] // a continuation byte with no lead
    public async Task IllFormedSequences_AreRefusedAtTheirFirstByte(int first, int second)
    {
        var refused = await RefusedAsync(Bytes("ok ", first, second, " more"));

        Assert.Contains($"the byte 0x{first:X2} at line 1, column 4 is not valid UTF-8", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CharacterCutOffAtTheEnd_SaysSo()
    {
        var refused = await RefusedAsync(Bytes("{}", 0xE2, 0x82));

        Assert.Contains("it ends in the middle of a character (the byte 0xE2 at line 1, column 3 starts a character whose other bytes are missing)", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'{', 0 }, "UTF-16 (little-endian)")]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'{' }, "UTF-16 (big-endian)")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0, 0, (byte)'{', 0, 0, 0 }, "UTF-32 (little-endian)")]
    [InlineData(new byte[] { 0, 0, 0xFE, 0xFF, 0, 0, 0, (byte)'{' }, "UTF-32 (big-endian)")]
    public async Task OtherUnicodeEncodings_AreNamedByTheirByteOrderMark(byte[] bytes, string encoding)
    {
        var refused = await RefusedAsync(bytes);

        Assert.EndsWith($"it starts with the byte order mark of {encoding}; save the file as UTF-8 and try again.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Utf8_WithOrWithoutAByteOrderMark_IsRead()
    {
        var path = Path.Combine(_folder.Path, "notes.json");
        await File.WriteAllBytesAsync(path, Bytes(0xEF, 0xBB, 0xBF, "{\"note\": \"\u00e9t\u00e9 \U0001F331\"}"));

        Assert.Equal("{\"note\": \"\u00e9t\u00e9 \U0001F331\"}", await Utf8File.ReadTextAsync(new FileInfo(path), CancellationToken.None));
        Assert.Equal("{\"note\": \"\u00e9t\u00e9 \U0001F331\"}"u8.ToArray(), (await Utf8File.ReadBytesAsync(new FileInfo(path), progress: null, CancellationToken.None)).ToArray());
    }

    [Fact]
    public async Task ReadBytes_ReportsProgress_AndRefusesAsReadTextDoes()
    {
        var path = Path.Combine(_folder.Path, "notes.json");
        await File.WriteAllBytesAsync(path, Bytes("[\"x\", \"", 0xE9, "\"]"));
        long seen = 0;

        var refused = await Assert.ThrowsAsync<CliException>(() => Utf8File.ReadBytesAsync(new FileInfo(path), read => seen = read, CancellationToken.None));

        Assert.Equal(10, seen);
        Assert.Equal($"{path} is not UTF-8 text: the byte 0xE9 at line 1, column 8 is not valid UTF-8; save the file as UTF-8 and try again.", refused.Message);
    }
}
