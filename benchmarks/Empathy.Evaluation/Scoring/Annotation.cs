using System.Security.Cryptography;
using System.Text;
using Empathy.Evaluation.Data;

namespace Empathy.Evaluation.Scoring;

/// <summary>
/// One reader's annotation of a data file, for a question its own labels do not answer: which items of
/// its positive class state something (for the tweets, first-person ideation). It holds line numbers
/// only, never text, and is bound to the file by a digest of its items, so a changed file is not scored
/// against it.
/// </summary>
/// <param name="FileName">The data file it annotates.</param>
/// <param name="Name">The reading it makes, in words.</param>
/// <param name="ItemsDigest">The SHA-256 (hex, lower case) of the file's items as <see cref="Digest"/> writes them.</param>
/// <param name="Lines">The line numbers of the positive items that state it.</param>
internal sealed record Annotation(string FileName, string Name, string ItemsDigest, IReadOnlySet<int> Lines)
{
    /// <summary>
    /// The positive tweets that state ideation in the first person, now: the writer's own wish to die, not
    /// to be here or to be killed, to kill or harm themself, or a plan or means. Not counted: self-hatred
    /// alone, another person's risk, news, the past, song lyrics, and a wish that its own tweet makes an
    /// idiom of joy ("kill me, this cake is too good"). Read by one reader (the author of the crisis
    /// rules, after reading the misses), on screen, on 2026-12-01: an annotation to measure the goal
    /// with, not a clinical label.
    /// </summary>
    public static Annotation FirstPersonTweets { get; } = new(
        "crisis_tweets.tsv",
        "first-person ideation (one reader's annotation)",
        "d5d83fe8a859667cf507af117455ac65722565871224a3d856c5349c142f0a49",
        new HashSet<int>
        {
            3, 10, 14, 15, 16, 20, 24, 28, 34, 35, 37, 40, 43, 48, 49, 51, 53, 57, 58, 60, 63, 65, 66, 69, 74, 79, 88, 90,
            92, 93, 96, 97, 99, 103, 108, 110, 113, 118, 119, 124, 125, 127, 128, 129, 131, 134, 135, 136, 140, 144, 146,
            147, 149, 152, 155, 156, 160, 161, 162, 167, 169, 171, 172, 176, 178, 181, 182, 185, 186, 195, 197, 198, 201,
            202, 203, 206, 210, 212, 218, 225, 226, 228, 232, 233, 237, 238, 241, 242, 243, 244, 247, 249, 250, 252, 253,
            257, 261, 263, 267, 275, 278, 282, 286, 292, 297, 298,
        });

    /// <summary>The annotations known to the runner.</summary>
    public static IReadOnlyList<Annotation> Known { get; } = [FirstPersonTweets];

    /// <summary>The SHA-256 of items: each as its line number, label and text, tab-separated, one per line (UTF-8).</summary>
    public static string Digest(IEnumerable<LabelledItem> items)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var item in items)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{item.LineNumber}\t{item.Label}\t{item.Text}\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
