using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;

namespace Empathy.Shared.ExercisePacks;

/// <summary>
/// A small, strict JSON reader (RFC 8259: no comments, no trailing commas) that remembers the line
/// and column of every token. The generator cannot use System.Text.Json (a dependency the compiler
/// host may not load), so both the generator and the runtime read packs with this one reader.
/// </summary>
/// <remarks>
/// It never throws on bad input: <see cref="Read"/> returns the first syntax error with its place.
/// Nesting is limited to <see cref="MaxDepth"/> levels so that hostile input cannot exhaust the stack.
/// </remarks>
internal sealed class PackJsonReader
{
    /// <summary>The deepest nesting of objects and arrays accepted.</summary>
    public const int MaxDepth = 64;

    private readonly string _text;
    private readonly CancellationToken _cancellationToken;
    private int _position;
    private int _line = 1;
    private int _lineStart;
    private int _depth;

    private PackJsonReader(string text, CancellationToken cancellationToken)
    {
        _text = text;
        _cancellationToken = cancellationToken;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            // A byte order mark left in decoded text is not content and takes no column.
            _position = 1;
            _lineStart = 1;
        }
    }

    /// <summary>Reads one JSON document.</summary>
    /// <param name="text">The whole file.</param>
    /// <param name="cancellationToken">Stops a long read.</param>
    public static PackJsonReadResult Read(string text, CancellationToken cancellationToken = default)
    {
        var reader = new PackJsonReader(text ?? string.Empty, cancellationToken);
        try
        {
            reader.SkipWhiteSpace();
            if (reader.AtEnd)
            {
                return PackJsonReadResult.Failure("the file is empty", reader.Here(0));
            }

            var root = reader.ReadValue();
            reader.SkipWhiteSpace();
            if (!reader.AtEnd)
            {
                return PackJsonReadResult.Failure($"unexpected {reader.DescribeCurrent()} after the end of the document", reader.Here(1));
            }

            return PackJsonReadResult.Success(root);
        }
        catch (SyntaxError error)
        {
            return PackJsonReadResult.Failure(error.Message, error.Span);
        }
    }

    private bool AtEnd => _position >= _text.Length;

    private SourceSpan Here(int length) => new(_position, Math.Min(length, Math.Max(0, _text.Length - _position)), _line, _position - _lineStart + 1);

    private PackJsonValue ReadValue()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (AtEnd)
        {
            throw Error("unexpected end of file: the document is truncated", 0);
        }

        var c = _text[_position];
        switch (c)
        {
            case '{':
                return ReadObject();
            case '[':
                return ReadArray();
            case '"':
                var start = Here(0);
                var text = ReadString();
                return new PackJsonValue(PackJsonKind.String, start with { Length = _position - start.Offset }, text);
            case 't':
                return ReadLiteral("true", PackJsonKind.True);
            case 'f':
                return ReadLiteral("false", PackJsonKind.False);
            case 'n':
                return ReadLiteral("null", PackJsonKind.Null);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ReadNumber();
                }

                throw Error($"unexpected {DescribeCurrent()} where a value was expected{QuoteHint(c)}", 1);
        }
    }

    private PackJsonValue ReadObject()
    {
        var open = Enter();
        var members = new List<PackJsonMember>();
        SkipWhiteSpace();
        if (TryConsume('}'))
        {
            _depth--;
            return new PackJsonValue(PackJsonKind.Object, open, members: members);
        }

        SourceSpan? comma = null;
        while (true)
        {
            SkipWhiteSpace();
            if (AtEnd)
            {
                throw Error("unexpected end of file inside an object: the document is truncated", 0);
            }

            if (comma is { } trailing && _text[_position] == '}')
            {
                throw new SyntaxError("a trailing comma is not allowed: remove the ',' after the last property of the object", trailing);
            }

            if (_text[_position] != '"')
            {
                throw Error($"expected a property name in double quotes, found {DescribeCurrent()}{QuoteHint(_text[_position])}", 1);
            }

            var nameStart = Here(0);
            var name = ReadString();
            var nameSpan = nameStart with { Length = _position - nameStart.Offset };
            SkipWhiteSpace();
            Expect(':', "inside an object", "':' after the property name");
            SkipWhiteSpace();
            members.Add(new PackJsonMember(name, nameSpan, ReadValue()));
            SkipWhiteSpace();
            comma = Here(1);
            if (TryConsume(','))
            {
                continue;
            }

            Expect('}', "inside an object", "',' or '}'");
            _depth--;
            return new PackJsonValue(PackJsonKind.Object, open, members: members);
        }
    }

    private PackJsonValue ReadArray()
    {
        var open = Enter();
        var items = new List<PackJsonValue>();
        SkipWhiteSpace();
        if (TryConsume(']'))
        {
            _depth--;
            return new PackJsonValue(PackJsonKind.Array, open, items: items);
        }

        SourceSpan? comma = null;
        while (true)
        {
            SkipWhiteSpace();
            if (comma is { } trailing && !AtEnd && _text[_position] == ']')
            {
                throw new SyntaxError("a trailing comma is not allowed: remove the ',' after the last value of the array", trailing);
            }

            items.Add(ReadValue());
            SkipWhiteSpace();
            comma = Here(1);
            if (TryConsume(','))
            {
                continue;
            }

            Expect(']', "inside an array", "',' or ']'");
            _depth--;
            return new PackJsonValue(PackJsonKind.Array, open, items: items);
        }
    }

    private SourceSpan Enter()
    {
        if (_depth >= MaxDepth)
        {
            throw Error($"nesting is deeper than {MaxDepth.ToString(CultureInfo.InvariantCulture)} levels", 1);
        }

        _depth++;
        var open = Here(1);
        _position++;
        return open;
    }

    private string ReadString()
    {
        var start = _position;
        _position++; // opening quote
        StringBuilder? builder = null;
        var runStart = _position;
        while (true)
        {
            if (AtEnd)
            {
                _position = start;
                throw Error("unexpected end of file inside a string: the document is truncated", 1);
            }

            var c = _text[_position];
            if (c == '"')
            {
                var value = builder is null
                    ? _text.Substring(runStart, _position - runStart)
                    : builder.Append(_text, runStart, _position - runStart).ToString();
                _position++;
                return value;
            }

            if (c < ' ')
            {
                throw Error(c == '\n' || c == '\r'
                    ? "a string must end on the line it starts (write a line break as \\n)"
                    : "a control character must be escaped inside a string", 1);
            }

            if (c != '\\')
            {
                _position++;
                continue;
            }

            builder ??= new StringBuilder();
            builder.Append(_text, runStart, _position - runStart);
            _position++;
            if (AtEnd)
            {
                continue; // reported as a truncated string above
            }

            var escaped = _text[_position];
            switch (escaped)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_position + 4 >= _text.Length)
                    {
                        _position = start;
                        throw Error("unexpected end of file inside a string: the document is truncated", 1);
                    }

                    var hex = _text.Substring(_position + 1, 4);
                    if (!ushort.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw Error("\\u must be followed by four hexadecimal digits", 1);
                    }

                    builder.Append((char)code);
                    _position += 4;
                    break;
                default:
                    throw Error($"'\\{escaped}' is not a JSON escape (use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)", 1);
            }

            _position++;
            runStart = _position;
        }
    }

    private PackJsonValue ReadNumber()
    {
        var start = Here(0);
        if (_text[_position] == '-')
        {
            _position++;
        }

        if (AtEnd || !IsDigit(_text[_position]))
        {
            throw Error("a number needs a digit after '-'", 1);
        }

        if (_text[_position] == '0')
        {
            _position++;
            if (!AtEnd && IsDigit(_text[_position]))
            {
                throw Error("a number must not start with 0", 1);
            }
        }
        else
        {
            SkipDigits();
        }

        if (!AtEnd && _text[_position] == '.')
        {
            _position++;
            if (AtEnd || !IsDigit(_text[_position]))
            {
                throw Error("a number needs a digit after '.'", 1);
            }

            SkipDigits();
        }

        if (!AtEnd && (_text[_position] == 'e' || _text[_position] == 'E'))
        {
            _position++;
            if (!AtEnd && (_text[_position] == '+' || _text[_position] == '-'))
            {
                _position++;
            }

            if (AtEnd || !IsDigit(_text[_position]))
            {
                throw Error("a number needs a digit in its exponent", 1);
            }

            SkipDigits();
        }

        var length = _position - start.Offset;
        return new PackJsonValue(PackJsonKind.Number, start with { Length = length }, _text.Substring(start.Offset, length));
    }

    private PackJsonValue ReadLiteral(string literal, PackJsonKind kind)
    {
        var start = Here(literal.Length);
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            throw Error($"unexpected {DescribeCurrent()} where a value was expected (strings need double quotes)", 1);
        }

        _position += literal.Length;
        return new PackJsonValue(kind, start);
    }

    private void SkipDigits()
    {
        while (!AtEnd && IsDigit(_text[_position]))
        {
            _position++;
        }
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private void SkipWhiteSpace()
    {
        while (!AtEnd)
        {
            switch (_text[_position])
            {
                case ' ':
                case '\t':
                    _position++;
                    break;
                case '\r':
                    _position++;
                    if (!AtEnd && _text[_position] == '\n')
                    {
                        _position++;
                    }

                    NewLine();
                    break;
                case '\n':
                    _position++;
                    NewLine();
                    break;
                case '/' when _position + 1 < _text.Length && (_text[_position + 1] == '/' || _text[_position + 1] == '*'):
                    // Outside a string a '/' is never JSON; authors who write one mean a comment.
                    throw Error($"comments are not allowed in JSON: remove the '{_text.Substring(_position, 2)}' comment (a pack may hold notes only as texts of its properties)", 2);
                default:
                    return;
            }
        }
    }

    private void NewLine()
    {
        _line++;
        _lineStart = _position;
    }

    private bool TryConsume(char c)
    {
        if (!AtEnd && _text[_position] == c)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(char c, string where, string expected)
    {
        if (AtEnd)
        {
            throw Error($"unexpected end of file {where}: the document is truncated", 0);
        }

        if (!TryConsume(c))
        {
            throw Error($"expected {expected}, found {DescribeCurrent()}", 1);
        }
    }

    private string DescribeCurrent()
    {
        if (AtEnd)
        {
            return "end of file";
        }

        var c = _text[_position];
        if (c < ' ' || c == '\u007F')
        {
            return "character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        }

        // A no-break space, a zero-width space or a stray byte order mark looks like nothing in an
        // editor: name it by its code, and say why it is refused.
        return c > '\u007F' && (char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            ? "character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + " (invisible white space, which JSON allows only inside strings; use plain spaces)"
            : "'" + c + "'";
    }

    /// <summary>Why a name or a value that starts with <paramref name="c"/> is refused, when the usual cause is missing double quotes.</summary>
    private static string QuoteHint(char c) =>
        c == '\''
            ? " (names and texts need double quotes, not single ones)"
            : char.IsLetter(c)
                ? " (names and texts need double quotes)"
                : string.Empty;

    private SyntaxError Error(string message, int length) => new(message, Here(length));

    /// <summary>Carries a syntax error from deep in the recursion to <see cref="Read"/>; never escapes it.</summary>
    private sealed class SyntaxError : Exception
    {
        public SyntaxError(string message, SourceSpan span)
            : base(message) => Span = span;

        public SourceSpan Span { get; }
    }
}
