using System.Security.Cryptography;
using System.Text;
using Empathy.Evaluation.Data;

namespace Empathy.Evaluation.Digest;

/// <summary>The SHA-256 of everything the checks report on one data file, and on all of them.</summary>
/// <param name="Files">Each file's name and digest, in the folder's (ordinal) order.</param>
/// <param name="Total">The digest over every file's record, in that order.</param>
internal sealed record FindingDigest(IReadOnlyList<(string File, string Sha256)> Files, string Total)
{
    /// <summary>
    /// Digests every data file of a folder: each item's line number and the
    /// <see cref="FindingRecorder"/>'s record of its text. Two runs give the same digest exactly when every
    /// check reports the same on every text, so a change meant only for speed can be shown to change no finding.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">A data file does not fit the format.</exception>
    public static FindingDigest Compute(string folder, FindingRecorder recorder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recorder);
        var files = new List<(string, string)>();
        using var total = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in LabelledFileReader.ReadFolder(folder, cancellationToken))
        {
            var record = Record(file, recorder, cancellationToken);
            files.Add((file.Name, Convert.ToHexStringLower(SHA256.HashData(record))));
            total.AppendData(Encoding.UTF8.GetBytes("== " + file.Name + "\n"));
            total.AppendData(record);
        }

        return new FindingDigest(files, Convert.ToHexStringLower(total.GetHashAndReset()));
    }

    /// <summary>The record of one file as UTF-8 bytes.</summary>
    public static byte[] Record(LabelledFile file, FindingRecorder recorder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(recorder);
        var record = new StringBuilder();
        foreach (var item in file.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            record.Append("# line ").Append(item.LineNumber).Append('\n');
            recorder.Record(item.Text, record);
        }

        return Encoding.UTF8.GetBytes(record.ToString());
    }

    /// <summary>Writes one line per file and the total, as <c>sha256  name</c> (the digest only: never a text or a finding).</summary>
    public void Write(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var (file, sha) in Files)
        {
            output.WriteLine($"{sha}  {file}");
        }

        output.WriteLine($"{Total}  (all files)");
    }
}
