using System.Buffers;

namespace Empathy.Core.Insights.Text;

/// <summary>
/// One thread's working memory for scans: a token buffer and a match buffer, kept between calls so a
/// check neither allocates nor clears stack memory for every text. A scan takes the thread's buffers
/// and gives them back when it ends; a scan that starts while they are taken (a crisis sink that checks
/// another text) makes buffers of its own, and whichever is given back last is the one the thread keeps.
/// </summary>
/// <remarks>
/// Texts whose tokens would not fit <see cref="MaxKeptTokens"/> use pooled arrays, returned at the end of
/// the scan, so what a thread keeps never grows with the longest text it has read.
/// </remarks>
internal sealed class ScanBuffers
{
    /// <summary>The largest token buffer a thread keeps between scans (64 KB of tokens).</summary>
    public const int MaxKeptTokens = 4096;

    /// <summary>How many matches the kept match buffer holds before the list moves to a pooled array.</summary>
    public const int KeptMatches = 256;

    /// <summary>How many tokens the matcher lists the pattern starts of at a time.</summary>
    public const int StartsBlock = 1024;

    [ThreadStatic]
    private static ScanBuffers? t_kept;

    private ScanBuffers(Token[] tokens, RawMatch[] matches, bool pooled)
    {
        Starts = new int[StartsBlock];
        Tokens = tokens;
        Matches = matches;
        _pooled = pooled;
    }

    private readonly bool _pooled;

    public Token[] Tokens { get; }

    /// <summary>Room for the matcher's list of tokens a pattern starts with, filled one block of tokens at a time.</summary>
    public int[] Starts { get; }

    public RawMatch[] Matches { get; }

    /// <summary>Buffers for a text with up to <paramref name="tokens"/> tokens; give them back with <see cref="Return"/>.</summary>
    public static ScanBuffers Take(int tokens)
    {
        if (tokens <= MaxKeptTokens)
        {
            var kept = t_kept;
            if (kept is not null)
            {
                t_kept = null;
                return kept;
            }

            // The first scan on this thread (or one inside another): buffers of its own, kept when returned.
            return new ScanBuffers(new Token[MaxKeptTokens], new RawMatch[KeptMatches], pooled: false);
        }

        return new ScanBuffers(ArrayPool<Token>.Shared.Rent(tokens), ArrayPool<RawMatch>.Shared.Rent(KeptMatches), pooled: true);
    }

    /// <summary>Gives buffers back: the thread keeps them for its next scan, or the pool gets them back.</summary>
    public static void Return(ScanBuffers buffers)
    {
        if (buffers._pooled)
        {
            ArrayPool<Token>.Shared.Return(buffers.Tokens);
            ArrayPool<RawMatch>.Shared.Return(buffers.Matches);
            return;
        }

        t_kept = buffers;
    }
}
