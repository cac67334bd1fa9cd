using System;
using System.Text;
using System.Threading;
using Empathy.Shared.ExercisePacks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Empathy.Core.Generators.Parsing;

/// <summary>
/// Reads one additional file (Roslyn's <see cref="AdditionalText"/>) into the shared parser's
/// equatable result: the generator's one step between the compiler's files and the shared rules.
/// </summary>
/// <remarks>
/// A generator sees text, not bytes. The compiler reads a file as UTF-8 when its bytes are valid
/// UTF-8 and otherwise decodes it with a fallback code page (or as UTF-16 after such a byte order
/// mark), and says which in <see cref="SourceText.Encoding"/>. When that is not UTF-8, the file's
/// bytes are recovered by encoding the text back and checked exactly as the runtime loader checks
/// a stream, so the build refuses the same files with the same words. Text with no encoding (an
/// IDE's unsaved buffer) or that the host already decoded as UTF-8 is taken as it is.
/// </remarks>
internal static class PackFileReader
{
    private const int Utf8CodePage = 65001;

    public static ParsedPackFile Read(AdditionalText file, CancellationToken cancellationToken)
    {
        var name = PackFileName.TryParse(file.Path) ?? new PackFileName(file.Path, file.Path, null);
        try
        {
            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                return ParsedPackFile.Failed(name, PackProblem.Create(PackRules.InvalidJson, file.Path, SourceSpan.Start, "the file could not be read"));
            }

            // Every encoding a pack can arrive in takes at least one byte per character, so a text this long
            // is too large whatever its letters; it is refused before a copy of it is made.
            if (text.Length > PackSize.MaxBytes)
            {
                return ParsedPackFile.Failed(name, PackSize.TooLarge(file.Path));
            }

            var content = text.ToString();
            var encoding = text.Encoding;
            return encoding is null || encoding.CodePage == Utf8CodePage
                ? PackParser.ParseFile(name, content, cancellationToken)
                : ReadDecodedAs(name, content, encoding, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return ParsedPackFile.Failed(name, PackProblem.Unexpected(file.Path, error, PackProblem.Stage.Reading));
        }
    }

    /// <summary>A file the compiler decoded as <paramref name="encoding"/>: its bytes again, checked as UTF-8.</summary>
    private static ParsedPackFile ReadDecodedAs(PackFileName name, string content, Encoding encoding, CancellationToken cancellationToken)
    {
        var body = encoding.GetBytes(content);
        if (encoding.GetString(body) != content)
        {
            // The code page cannot give back every byte it read, so the bytes are unknown; the file is still not UTF-8.
            return ParsedPackFile.Failed(name, PackProblem.Create(PackRules.InvalidJson, name.Path, SourceSpan.Start,
                "the file is not UTF-8: the build could read it only as " + encoding.WebName + "; save the file as UTF-8"));
        }

        var mark = ByteOrderMark(encoding.CodePage);
        var bytes = new byte[mark.Length + body.Length];
        Array.Copy(mark, bytes, mark.Length);
        Array.Copy(body, 0, bytes, mark.Length, body.Length);
        return PackParser.ParseFile(name, bytes, cancellationToken);
    }

    /// <summary>The byte order mark the compiler found before decoding a file as UTF-16 or UTF-32 (it is not part of the text).</summary>
    private static byte[] ByteOrderMark(int codePage) => codePage switch
    {
        1200 => new byte[] { 0xFF, 0xFE },
        1201 => new byte[] { 0xFE, 0xFF },
        12000 => new byte[] { 0xFF, 0xFE, 0, 0 },
        12001 => new byte[] { 0, 0, 0xFE, 0xFF },
        _ => Array.Empty<byte>(),
    };
}
