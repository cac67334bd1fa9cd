using System.Text;
using Empathy.Evaluation.Data;
using Empathy.Evaluation.Digest;

namespace Empathy.Evaluation.Tests;

/// <summary>The findings' digest, on a few sentences of our own.</summary>
public class FindingDigestTests
{
    private static readonly FindingRecorder Recorder = new();

    [Fact]
    public void Compute_IsTheSameForTheSameData_AndGivesEachFileItsOwn()
    {
        using var data = new TempFolder();
        data.Write("crisis_own.tsv", "crisis:direct\tI want to die.\nno-crisis:everyday\tI bought bread and milk.\n");
        data.Write("observation_own.tsv", "evaluative:intent\tHe did it on purpose to annoy me.\n");

        var first = FindingDigest.Compute(data.Path, Recorder);
        var second = FindingDigest.Compute(data.Path, new FindingRecorder());

        Assert.Equal(first.Total, second.Total);
        Assert.Equal(["crisis_own.tsv", "observation_own.tsv"], first.Files.Select(f => f.File));
        Assert.NotEqual(first.Files[0].Sha256, first.Files[1].Sha256);
        Assert.All(first.Files, f => Assert.Matches("^[0-9a-f]{64}$", f.Sha256));
    }

    [Fact]
    public void Compute_ChangesWhenAFindingChanges_AndNotWhenOnlyTheLabelDoes()
    {
        using var data = new TempFolder();
        var path = data.Write("observation_own.tsv", "evaluative:intent\tHe always ignores me.\n");
        var before = FindingDigest.Compute(data.Path, Recorder).Total;

        File.WriteAllText(path, "objective:camera\tHe always ignores me.\n");
        var relabelled = FindingDigest.Compute(data.Path, Recorder).Total;
        File.WriteAllText(path, "evaluative:intent\tHe often ignores me.\n");
        var otherFinding = FindingDigest.Compute(data.Path, Recorder).Total;

        Assert.Equal(before, relabelled);
        Assert.NotEqual(before, otherFinding);
    }

    [Fact]
    public void Record_HoldsTheFindingsSpanAndPhrase_TheCrisisScope_AndTheReplyEvidence()
    {
        var file = new LabelledFile("reply_own.tsv",
        [
            new LabelledItem(1, "crisis", "friend", "My friend said she wants to die."),
            new LabelledItem(2, "evaluative", "absolute", "He always ignores me."),
            new LabelledItem(3, "empathic", "explore", "That sounds exhausting. What was that like for you?"),
        ]);

        var record = Encoding.UTF8.GetString(FindingDigest.Record(file, Recorder));

        Assert.Contains("# line 1\n", record, StringComparison.Ordinal);
        Assert.Contains("scope person=Another", record, StringComparison.Ordinal);
        Assert.Matches(@"finding observation\.[a-z-]+ \w+ 3\+\d+ ""always", record);
        Assert.Contains("  evidence ", record, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_PrintsOneLinePerFileAndTheTotal_NoText()
    {
        using var data = new TempFolder();
        data.Write("message_own.tsv", "accusation:blame\tThis is all your fault.\n");

        var output = new StringWriter();
        FindingDigest.Compute(data.Path, Recorder).Write(output);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, lines.Length);
        Assert.EndsWith("  message_own.tsv", lines[0].TrimEnd(), StringComparison.Ordinal);
        Assert.EndsWith("  (all files)", lines[1].TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("fault", output.ToString(), StringComparison.Ordinal);
    }
}
