using System.Buffers;

namespace Empathy.Core.Insights.Text;

/// <summary>
/// One thread's working memory for scans: a token buffer and a match buffer, kept between calls so a
/// check neither allocates nor clears stack memory for every text. A scan takes the thread's buffers
/// (one thread-static read) and gives them back when it ends (a flag on the buffers, no thread-static
/// write); a scan that starts while they are taken (a crisis sink that checks another text) makes
/// buffers of its own, which are dropped when it ends: the thread keeps its first buffers.
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
    private bool _taken;

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
            if (kept is null)
            {
                // The first scan on this thread: buffers it keeps.
                kept = new ScanBuffers(new Token[MaxKeptTokens], new RawMatch[KeptMatches], pooled: false);
                t_kept = kept;
            }
            else if (kept._taken)
            {
                // A scan inside another: buffers of its own, dropped when it ends.
                return new ScanBuffers(new Token[MaxKeptTokens], new RawMatch[KeptMatches], pooled: false);
            }

            kept._taken = true;
            return kept;
        }

        return new ScanBuffers(ArrayPool<Token>.Shared.Rent(tokens), ArrayPool<RawMatch>.Shared.Rent(KeptMatches), pooled: true);
    }

    /// <summary>Gives buffers back: the thread's kept buffers are free again, pooled arrays go back to the pool.</summary>
    public static void Return(ScanBuffers buffers)
    {
        if (buffers._pooled)
        {
            ArrayPool<Token>.Shared.Return(buffers.Tokens);
            ArrayPool<RawMatch>.Shared.Return(buffers.Matches);
            return;
        }

        buffers._taken = false;
    }
}
