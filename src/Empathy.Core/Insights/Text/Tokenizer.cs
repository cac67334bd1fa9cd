using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Empathy.Core.Insights.Text;

/// <summary>
/// Splits text into normalised tokens without allocating: words are lower-cased, accents folded,
/// every kind of apostrophe read as ', and contractions expanded ("you're" → you, are). Records
/// where punctuation breaks a clause or a sentence, and which words stand inside quotation marks.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
internal sealed class Tokenizer
{
    /// <summary>How far ahead an opening quote mark looks for its closing mark before it is taken as stray.</summary>
    private const int QuoteLookahead = 2000;

    private readonly Vocabulary _vocabulary;
    private readonly ContractionSuffix[] _suffixes;
    private readonly int _maxKey;

    public Tokenizer(Vocabulary vocabulary, ContractionSuffix[] suffixes)
    {
        _vocabulary = vocabulary;
        _suffixes = suffixes;
        // Room for a known word plus a contraction ending ("nobody'll"), which is split off after reading.
        _maxKey = Math.Min(vocabulary.MaxKeyLength + 4, WordChars.Length);
    }

    public Vocabulary Vocabulary => _vocabulary;

    /// <summary>The most tokens <see cref="Tokenize"/> can write for a text of <paramref name="textLength"/> characters.</summary>
    /// <remarks>A token covers at least one character, and an expansion never has more tokens than its word has characters.</remarks>
    public static int MaxTokens(int textLength) => textLength;

    /// <summary>Writes the tokens of <paramref name="text"/> into <paramref name="tokens"/>.</summary>
    /// <returns>The number of tokens written (stops early if <paramref name="tokens"/> is full).</returns>
    public int Tokenize(ReadOnlySpan<char> text, Span<Token> tokens)
    {
        var state = new QuoteSearch();
        var count = TokenizeCore(text, tokens, ref state);
        ScanWork.Add(text.Length + state.Steps);
        return count;
    }

    private int TokenizeCore(ReadOnlySpan<char> text, Span<Token> tokens, ref QuoteSearch search)
    {
        var buffer = default(WordChars);
        Span<char> word = buffer;
        var count = 0;
        var pending = TokenFlags.None;
        var quoteCloser = '\0';
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ')
            {
                i++; // the most common character between words: nothing to read or record
                continue;
            }

            var capital = char.IsAsciiLetterUpper(c);
            if (PlainWordEnd(text, capital ? i + 1 : i, capital) is var end and > 0)
            {
                // The common case: lower-case ASCII letters and digits, already in their normalised form,
                // so the text itself is looked up (no copy, no folding); a capital first letter ("I",
                // "The") is the one character folded, inside the lookup.
                var plain = pending | (quoteCloser != '\0' ? TokenFlags.Quoted : TokenFlags.None);
                pending = TokenFlags.None;
                // Looked up here, not through AddWord: a plain word has no apostrophe to split, and most
                // words of a text take this path, so the call is worth saving.
                var found = end - i <= _vocabulary.MaxKeyLength ? _vocabulary.FindPlain(text, i, end - i, capital) : 0;

                var added = found >= 0
                    ? Add(tokens, ref count, found, i, end - i, plain)
                    : AddIds(_vocabulary.Ids(found), i, end - i, ref plain, tokens, ref count);
                if (!added)
                {
                    return count;
                }

                i = end;
                continue;
            }

            if (CharRules.IsWordChar(c))
            {
                var start = i;
                var length = 0;
                var apostrophe = false;
                var tooLong = false;
                while (i < text.Length)
                {
                    c = text[i];
                    char folded;
                    if (c < 128)
                    {
                        // the common case: an ASCII letter or digit (a table read), else an apostrophe inside a word
                        folded = CharRules.FoldAscii(c);
                        if (folded == '\0')
                        {
                            if ((c != '\'' && c != '`') || i + 1 >= text.Length || !CharRules.IsWordChar(text[i + 1]))
                            {
                                break;
                            }

                            folded = CharRules.Apostrophe;
                            apostrophe = true;
                        }
                    }
                    else if (CharRules.IsWordChar(c))
                    {
                        folded = CharRules.Fold(c);
                        if (folded == '\0')
                        {
                            i++;
                            continue;
                        }
                    }
                    else if (CharRules.IsApostrophe(c) && i + 1 < text.Length && CharRules.IsWordChar(text[i + 1]))
                    {
                        folded = CharRules.Apostrophe;
                        apostrophe = true;
                    }
                    else
                    {
                        break;
                    }

                    if (length < _maxKey)
                    {
                        word[length] = folded;
                    }
                    else
                    {
                        tooLong = true;
                    }

                    length++;
                    i++;
                }

                var flags = pending | (quoteCloser != '\0' ? TokenFlags.Quoted : TokenFlags.None);
                pending = TokenFlags.None;
                if (tooLong)
                {
                    if (!Add(tokens, ref count, 0, start, i - start, flags))
                    {
                        return count;
                    }
                }
                else if (!AddWord(word[..length], apostrophe, start, i - start, flags, tokens, ref count))
                {
                    return count;
                }

                continue;
            }

            if (c == ' ' || c == '\t')
            {
                i++;
                continue;
            }

            if (c is '\n' or '\r' or '\u2029')
            {
                pending |= TokenFlags.BreakBefore | TokenFlags.SentenceBefore;
                quoteCloser = '\0';
                i++;
                continue;
            }

            if (c == '-' && i > 0 && i + 1 < text.Length && CharRules.IsWordChar(text[i - 1]) && CharRules.IsWordChar(text[i + 1]))
            {
                i++; // a hyphen inside a word joins without a break: "self-harm" reads as "self harm"
                continue;
            }

            if (c > 127 && char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            pending |= TokenFlags.BreakBefore;
            if (CharRules.EndsSentence(c))
            {
                pending |= TokenFlags.SentenceBefore;
            }
            else
            {
                quoteCloser = Quote(text, i, quoteCloser, ref search);
            }

            i++;
        }

        return count;
    }

    // The word is looked up once it is read (not character by character), and only when it can be known.
    /// <summary>
    /// Where a word of only lower-case ASCII letters and digits that starts at <paramref name="i"/> ends,
    /// when the character after it plainly ends it (the end of the text, or ASCII that is neither a word
    /// character nor an apostrophe); 0 when the word needs the general reading. After a capital letter
    /// (<paramref name="afterCapital"/>, the letter at <paramref name="i"/> − 1) the run may be empty ("I").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PlainWordEnd(ReadOnlySpan<char> text, int i, bool afterCapital)
    {
        var j = i + PlainRun(text, i);
        if (j == i && !afterCapital)
        {
            return 0;
        }

        if (j == text.Length)
        {
            return j;
        }

        var next = text[j];
        return next < 128 && CharRules.FoldAscii(next) == '\0' && next != '\'' && next != '`' ? j : 0;
    }

    /// <summary>How many lower-case ASCII letters and digits stand at <paramref name="i"/>.</summary>
    /// <remarks>
    /// Sixteen characters are classified at once and the run's length read from the mask, so a word
    /// costs no branch per character and no mispredicted loop exit at its end (where a character
    /// loop spends most of its time on short words); past sixteen, or near the end, character by character.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PlainRun(ReadOnlySpan<char> text, int i)
    {
        var run = 0;
        if (Vector256.IsHardwareAccelerated && i + Vector256<ushort>.Count <= text.Length)
        {
            var chars = Vector256.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text)), (nuint)i);
            var plain = Vector256.LessThanOrEqual(chars - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a')))
                | Vector256.LessThanOrEqual(chars - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9));
            run = BitOperations.TrailingZeroCount(~plain.ExtractMostSignificantBits());
            if (run < Vector256<ushort>.Count)
            {
                return run;
            }
        }

        var j = i + run;
        while (j < text.Length && (IsLowerAsciiLetter(text[j]) || char.IsAsciiDigit(text[j])))
        {
            j++;
        }

        return j - i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLowerAsciiLetter(char c) => (uint)(c - 'a') <= 'z' - 'a';

    private bool AddWord(ReadOnlySpan<char> folded, bool apostrophe, int start, int length, TokenFlags flags, Span<Token> tokens, ref int count)
    {
        var found = folded.Length <= _vocabulary.MaxKeyLength ? _vocabulary.Find(folded) : 0;
        if (found > 0)
        {
            return Add(tokens, ref count, found, start, length, flags);
        }

        if (found < 0)
        {
            return AddIds(_vocabulary.Ids(found), start, length, ref flags, tokens, ref count);
        }

        if (!apostrophe)
        {
            return Add(tokens, ref count, 0, start, length, flags);
        }

        // A contraction the vocabulary does not list whole: split off a known ending ("n't", "'re").
        var at = folded.LastIndexOf(CharRules.Apostrophe);
        var baseEnd = at;
        if (at >= 2 && folded[at - 1] == 'n' && folded.Length - at == 2 && folded[at + 1] == 't')
        {
            baseEnd = at - 1;
        }

        var suffix = folded[baseEnd..];
        foreach (var known in _suffixes)
        {
            if (!suffix.SequenceEqual(known.Suffix))
            {
                continue;
            }

            var stem = folded[..baseEnd];
            var stemFound = stem.Length is > 0 && stem.Length <= _vocabulary.MaxKeyLength ? _vocabulary.Find(stem) : 0;
            var added = stemFound > 0 ? Add(tokens, ref count, stemFound, start, length, flags)
                : stemFound < 0 ? AddIds(_vocabulary.Ids(stemFound), start, length, ref flags, tokens, ref count)
                : Add(tokens, ref count, 0, start, length, flags);
            flags &= TokenFlags.Quoted;
            return added && AddIds(known.Ids, start, length, ref flags, tokens, ref count);
        }

        return Add(tokens, ref count, 0, start, length, flags);
    }

    private static bool AddIds(ReadOnlySpan<int> ids, int start, int length, ref TokenFlags flags, Span<Token> tokens, ref int count)
    {
        foreach (var id in ids)
        {
            if (!Add(tokens, ref count, id, start, length, flags))
            {
                return false;
            }

            flags &= TokenFlags.Quoted; // only the first token of a word carries the break before it
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Add(Span<Token> tokens, ref int count, int id, int start, int length, TokenFlags flags)
    {
        if (count >= tokens.Length)
        {
            return false;
        }

        tokens[count++] = new Token(id, start, length, flags);
        return true;
    }

    /// <summary>Updates the quotation state at a punctuation character; returns the closing mark awaited, or '\0' outside quotes.</summary>
    private static char Quote(ReadOnlySpan<char> text, int i, char closer, ref QuoteSearch search)
    {
        var c = text[i];
        if (closer != '\0')
        {
            return IsCloser(text, i, closer) ? '\0' : closer;
        }

        var expected = c switch
        {
            '"' => '"',
            '\u201C' => '\u201D', // “ … ”
            '\u201D' => '\u201D', // ” … ” (as some keyboards type it)
            '\u201E' => '\u201C', // „ … “
            '\u00AB' => '\u00BB', // « … »
            '\u2039' => '\u203A', // ‹ … ›
            '\u2018' => '\u2019', // ‘ … ’
            '\'' => '\'',
            '\u2019' => '\u2019',
            _ => '\0',
        };
        if (expected == '\0')
        {
            return '\0';
        }

        // A single quote mark opens a quotation only before a word ("'fine'", not "boys' bikes").
        if (expected is '\'' or '\u2019' && (i + 1 >= text.Length || !CharRules.IsWordChar(text[i + 1])))
        {
            return '\0';
        }

        // An opening mark with no closing mark ahead on the same line is stray, not a quotation. What
        // an earlier stray mark of the same kind already searched holds no closing mark, so the
        // search goes on from where that one stopped: many stray marks cost one pass, not one each.
        var limit = Math.Min(text.Length, i + 1 + QuoteLookahead);
        var j = i + 1;
        if (search.Closer == expected && search.SearchedTo > j)
        {
            j = search.SearchedTo;
        }

        for (; j < limit; j++)
        {
            search.Steps++;
            var d = text[j];
            if (d is '\n' or '\r' or '\u2029')
            {
                break;
            }

            if (IsCloser(text, j, expected))
            {
                return expected;
            }
        }

        search.Closer = expected;
        search.SearchedTo = j;
        return '\0';
    }

    /// <summary>How far the search for a closing quote mark has gone (no closing mark before <see cref="SearchedTo"/>).</summary>
    private struct QuoteSearch
    {
        public char Closer;
        public int SearchedTo;
        public long Steps;
    }

    private static bool IsCloser(ReadOnlySpan<char> text, int i, char closer)
    {
        var c = text[i];
        if (closer is '\'' or '\u2019')
        {
            // A single closing mark ends a quotation after a word or its punctuation ('Stop.'), and
            // never inside a word ("don't").
            return (c == '\'' || c == '\u2019')
                && i > 0 && !char.IsWhiteSpace(text[i - 1])
                && (i + 1 >= text.Length || !CharRules.IsWordChar(text[i + 1]));
        }

        return c == closer || (closer == '\u201D' && c == '\u201C') || (closer == '\u201C' && c == '\u201D') || (closer == '"' && c is '\u201D');
    }
}
