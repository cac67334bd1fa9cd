using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Empathy.Core.Generators.Tests.Infrastructure;

/// <summary>
/// An additional file given as bytes and decoded as a compiler that falls back to a code page would:
/// as UTF-8 when the bytes are valid UTF-8, after a byte order mark as what it names, otherwise as
/// Windows-1252, which never fails and so turns a Latin-1 'á' into 'á' and says so in
/// <see cref="SourceText.Encoding"/>. (The .NET 10 SDK's compiler instead decodes such a file as UTF-8
/// with U+FFFD for each bad byte; tests feed that case as text.)
/// </summary>
internal sealed class CompilerReadAdditionalText(string path, byte[] bytes) : AdditionalText
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly SourceText _text = Decode(bytes);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

    private static SourceText Decode(byte[] bytes)
    {
        try
        {
            return SourceText.From(new MemoryStream(bytes), StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            return SourceText.From(new MemoryStream(bytes), CodePagesEncodingProvider.Instance.GetEncoding(1252)!);
        }
    }
}
