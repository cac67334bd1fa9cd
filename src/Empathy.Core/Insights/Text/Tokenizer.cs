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
/// <remarks>
/// <para>
/// With vector instructions the text is read 64 characters at a time (<see cref="CharBlock"/>),
/// and only what its masks cannot decide is read one character at a time; without them, all of
/// it is (<see cref="TokenizeByCharacters"/>). Both give the same tokens.
/// </para>
/// <para>Immutable and safe to share between threads.</para>
/// </remarks>
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
    public int Tokenize(ReadOnlySpan<char> text, Span<Token> tokens) =>
        Vector128.IsHardwareAccelerated ? Read(text, tokens, byBlocks: true) : TokenizeByCharacters(text, tokens);

    /// <summary>
    /// The same tokens as <see cref="Tokenize"/>, read one character at a time: the reading for
    /// hardware without vector instructions, and the reference the block reading is tested against.
    /// </summary>
    public int TokenizeByCharacters(ReadOnlySpan<char> text, Span<Token> tokens) => Read(text, tokens, byBlocks: false);

    private int Read(ReadOnlySpan<char> text, Span<Token> tokens, bool byBlocks)
    {
        var buffer = default(WordChars);
        var reading = new Reading(tokens, buffer);
        if (byBlocks)
        {
            ReadBlocks(text, ref reading);
        }
        else
        {
            var i = 0;
            ReadCharacters(text, ref i, text.Length, ref reading);
        }

        ScanWork.Add(text.Length + reading.Search.Steps);
        return reading.Count;
    }

    /// <summary>
    /// Reads the text 64 characters at a time: the block's masks say where each word starts and
    /// ends and what stands before it, so a word of ASCII letters and digits (an apostrophe between
    /// two of them allowed) after spaces and plain punctuation is looked up and added with no branch
    /// per character. Anything else (quote marks, other apostrophes, non-ASCII, a hyphen at a block's
    /// edge) is read character by character, from the end of the last word added through the next
    /// word, and the block goes on after it.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // its own root, so the JIT's inlining budget goes to its hot path
    private void ReadBlocks(ReadOnlySpan<char> text, ref Reading reading)
    {
        var block = default(CharBlock);
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            var at = i;
            ref var chars = ref block.Read(text, at);
            var starts = block.Starts;
            var ends = block.Ends;
            var from = 0; // the first character of the block not yet read
            while (true)
            {
                // The plain words before the first that must be read by characters: looked up in one go.
                var slowEnds = block.SlowAfter & ends;
                var plainEnds = ends & ((slowEnds & (0 - slowEnds)) - 1);
                if (plainEnds != 0)
                {
                    var through = ulong.MaxValue >> BitOperations.LeadingZeroCount(plainEnds);
                    if (!AddPlainWords(ref chars, at, block, starts & through, plainEnds, ref reading, ref count))
                    {
                        reading.Count = count;
                        return;
                    }

                    from = 64 - BitOperations.LeadingZeroCount(plainEnds);
                    starts &= ~through;
                    ends &= ~through;
                }

                var end = BitOperations.TrailingZeroCount(ends);
                if (end == CharBlock.Length)
                {
                    // No whole word left: read up to the next word (or the block's end) and go on from there.
                    var next = starts == 0 ? block.Count : BitOperations.TrailingZeroCount(starts);
                    var gap = next < CharBlock.Length ? ((1UL << next) - 1) & (ulong.MaxValue << from) : ulong.MaxValue << from;
                    if ((block.Slow & gap) != 0)
                    {
                        i = at + from;
                        reading.Count = count;
                        if (!ReadCharacters(text, ref i, at + next, ref reading))
                        {
                            return;
                        }

                        count = reading.Count;
                    }
                    else
                    {
                        reading.Gap(block, gap);
                        i = at + next;
                    }

                    // A word that fills the whole block is read by characters (it is too long to be known).
                    if (i == at)
                    {
                        reading.Count = count;
                        if (!ReadCharacters(text, ref i, i + 1, ref reading))
                        {
                            return;
                        }

                        count = reading.Count;
                    }

                    break;
                }

                // A word the masks cannot read: from the end of the last word through this one, by characters.
                i = at + from;
                reading.Count = count;
                if (!ReadCharacters(text, ref i, at + end + 1, ref reading))
                {
                    return;
                }

                count = reading.Count;
                from = i - at;
                if (from >= CharBlock.Length)
                {
                    break;
                }

                // What the characters' reading took in (its words run whole, so starts and ends go together).
                starts &= ulong.MaxValue << from;
                ends &= ulong.MaxValue << from;
            }
        }

        reading.Count = count;
    }

    /// <summary>
    /// Adds the words of ASCII letters and digits (and apostrophes between them) that start at
    /// <paramref name="starts"/> and end at <paramref name="ends"/> (as many of each) in the block at
    /// <paramref name="at"/>, whose characters start at <paramref name="chars"/>.
    /// </summary>
    /// <returns>False when the tokens are full.</returns>
    /// <remarks>A method of its own, so its loop keeps what it needs in registers.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool AddPlainWords(ref char chars, int at, in CharBlock block, ulong starts, ulong ends, ref Reading reading, ref int count)
    {
        var vocabulary = _vocabulary;
        var tokens = reading.Tokens;
        var added = count;
        // What the first word carries from before the block's words; whether each is quoted.
        var carried = reading.TakeFlags();
        var quoted = carried & TokenFlags.Quoted;
        do
        {
            var start = BitOperations.TrailingZeroCount(starts);
            var end = BitOperations.TrailingZeroCount(ends);
            if (((block.NewLineBefore >> start) & 1) != 0)
            {
                reading.QuoteCloser = '\0';
                carried &= ~TokenFlags.Quoted;
                quoted = TokenFlags.None;
            }

            var flags = carried
                | (TokenFlags)((block.BreakBefore >> start) & 1)
                | (TokenFlags)(((block.SentenceBefore >> start) & 1) << 1);
            carried = quoted;
            var length = end + 1 - start;
            var found = vocabulary.FindAt(ref Unsafe.Add(ref chars, start), length);
            if ((uint)added >= (uint)tokens.Length)
            {
                count = added;
                return false;
            }

            if (((uint)found | (uint)(((block.Contracted >> end) & 1) ^ 1)) == 0)
            {
                // A contraction the vocabulary does not know whole ("nobody'll"): its ending split off.
                var more = added;
                var fits = AddContraction(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref chars, start), length), at + start, flags, ref reading, ref more);
                added = more;
                if (!fits)
                {
                    count = added;
                    return false;
                }
            }
            else if (found >= 0)
            {
                Unsafe.Add(ref MemoryMarshal.GetReference(tokens), added++) = new Token(found, at + start, length, flags);
            }
            else
            {
                // A word of several tokens ("dont", "cannot"): through copies, so the loop's count and flags stay in registers.
                var more = added;
                var first = flags;
                var fits = AddIds(vocabulary.Ids(found), at + start, length, ref first, tokens, ref more);
                added = more;
                if (!fits)
                {
                    count = added;
                    return false;
                }
            }

            starts &= starts - 1;
            ends &= ends - 1;
        }
        while (ends != 0);

        count = added;
        return true;
    }

    /// <summary>Adds a word of ASCII letters, digits and apostrophes (') the vocabulary does not know whole, as the character reading would.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool AddContraction(ReadOnlySpan<char> written, int start, TokenFlags flags, ref Reading reading, ref int count)
    {
        if (written.Length > _maxKey)
        {
            return Add(reading.Tokens, ref count, 0, start, written.Length, flags);
        }

        // Setting the 0x20 bit lower-cases an ASCII letter and leaves a digit and an apostrophe as they are.
        var folded = reading.Word[..written.Length];
        for (var k = 0; k < written.Length; k++)
        {
            folded[k] = (char)(written[k] | 0x20);
        }

        return AddWord(folded, apostrophe: true, start, written.Length, flags, reading.Tokens, ref count);
    }

    /// <summary>Reads words and the characters between them one at a time from <paramref name="i"/> until it reaches <paramref name="until"/> (a word is read whole, so it may pass it).</summary>
    /// <returns>False when the tokens are full.</returns>
    [MethodImpl(MethodImplOptions.NoInlining)] // the uncommon path, kept out of the block reading's loop
    private bool ReadCharacters(ReadOnlySpan<char> text, ref int i, int until, ref Reading reading)
    {
        var word = reading.Word;
        while (i < until)
        {
            var c = text[i];
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
                        // an ASCII letter or digit (a table read), else an apostrophe inside a word
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

                var flags = reading.TakeFlags();
                var added = tooLong
                    ? Add(reading.Tokens, ref reading.Count, 0, start, i - start, flags)
                    : AddWord(word[..length], apostrophe, start, i - start, flags, reading.Tokens, ref reading.Count);
                if (!added)
                {
                    return false;
                }

                continue;
            }

            i++;
            if (c == ' ' || c == '\t')
            {
                continue;
            }

            if (c is '\n' or '\r' or '\u2029')
            {
                reading.Pending |= TokenFlags.BreakBefore | TokenFlags.SentenceBefore;
                reading.QuoteCloser = '\0';
                continue;
            }

            if (c == '-' && i > 1 && i < text.Length && CharRules.IsWordChar(text[i - 2]) && CharRules.IsWordChar(text[i]))
            {
                continue; // a hyphen inside a word joins without a break: "self-harm" reads as "self harm"
            }

            if (c > 127 && char.IsWhiteSpace(c))
            {
                continue;
            }

            reading.Pending |= TokenFlags.BreakBefore;
            if (CharRules.EndsSentence(c))
            {
                reading.Pending |= TokenFlags.SentenceBefore;
            }
            else
            {
                reading.QuoteCloser = Quote(text, i - 1, reading.QuoteCloser, ref reading.Search);
            }
        }

        return true;
    }

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

    /// <summary>Where a reading of one text stands: the tokens written, what the next word carries from before it, the quotation state.</summary>
    private ref struct Reading
    {
        public readonly Span<Token> Tokens;
        public readonly Span<char> Word;
        public int Count;
        public TokenFlags Pending;
        public char QuoteCloser;
        public QuoteSearch Search;

        public Reading(Span<Token> tokens, Span<char> word)
        {
            Tokens = tokens;
            Word = word;
        }

        /// <summary>Takes in the characters of <paramref name="gap"/> (none of them slow), which no word of the block follows.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Gap(in CharBlock block, ulong gap)
        {
            if ((block.NewLine & gap) != 0)
            {
                QuoteCloser = '\0';
            }

            Pending |= ((block.Break & gap) != 0 ? TokenFlags.BreakBefore : TokenFlags.None)
                | ((block.Sentence & gap) != 0 ? TokenFlags.SentenceBefore : TokenFlags.None);
        }

        /// <summary>The flags of the word about to be added: what stood before it, and whether it is quoted.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TokenFlags TakeFlags()
        {
            var flags = Pending | (QuoteCloser != '\0' ? TokenFlags.Quoted : TokenFlags.None);
            Pending = TokenFlags.None;
            return flags;
        }
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
