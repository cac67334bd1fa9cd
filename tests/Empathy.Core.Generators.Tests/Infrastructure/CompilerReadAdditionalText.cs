using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Empathy.Core.Generators.Tests.Infrastructure;

/// <summary>
/// An additional file given as bytes and decoded the way the compiler decodes one: as UTF-8 when
/// the bytes are valid UTF-8, after a byte order mark as what it names, otherwise with its fallback
/// code page (Windows-1252), which never fails and so turns a Latin-1 'á' into 'á' silently.
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
