using Empathy.Evaluation.Data;

namespace Empathy.Evaluation.Tests;

public class LabelledFileReaderTests
{
    private static LabelledFile Read(string text) => LabelledFileReader.Read(new StringReader(text), "observation_tiny.tsv");

    [Fact]
    public void Read_SplitsClassSubtypeAndText_AndKeepsLineNumbers()
    {
        var file = Read("evaluative:label\tHe is lazy.\n\nobjective:camera\tThe bus came at nine.\n");

        Assert.Equal("observation_tiny.tsv", file.Name);
        Assert.Collection(
            file.Items,
            item => Assert.Equal(new LabelledItem(1, "evaluative", "label", "He is lazy."), item),
            item => Assert.Equal(new LabelledItem(3, "objective", "camera", "The bus came at nine."), item));
    }

    [Fact]
    public void Read_KeepsEverythingAfterTheFirstColonAndTheFirstTabAsSubtypeAndText()
    {
        var item = Assert.Single(Read("crisis:ER0-IP1:x\ta\tb\r\n").Items);

        Assert.Equal("crisis", item.Class);
        Assert.Equal("ER0-IP1:x", item.Subtype);
        Assert.Equal("a\tb", item.Text);
        Assert.Equal("crisis:ER0-IP1:x", item.Label);
    }

    [Theory]
    [InlineData("evaluative:label He is lazy.", "line 1 has no tab")]
    [InlineData("evaluative\tHe is lazy.", "line 1 has the label 'evaluative'")]
    [InlineData(":label\tHe is lazy.", "line 1 has the label ':label'")]
    [InlineData("evaluative:\tHe is lazy.", "line 1 has the label 'evaluative:'")]
    [InlineData("objective:camera\tok\nevaluative:label\t  ", "line 2 has an empty text")]
    public void Read_RefusesALineThatDoesNotFit_NamingFileAndLine(string text, string expected)
    {
        var refused = Assert.Throws<InvalidDataException>(() => Read(text));

        Assert.StartsWith("observation_tiny.tsv " + expected, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFolder_ReadsOnlyDataFiles_InNameOrder()
    {
        using var folder = new TempFolder();
        folder.Write("reply_b.tsv", "dismissive:x\tChin up.\n");
        folder.Write("message_a.tsv", "statement:ok\tSee you at six.\n");
        folder.Write("README.md", "not data\n");

        var files = LabelledFileReader.ReadFolder(folder.Path);

        Assert.Equal(["message_a.tsv", "reply_b.tsv"], files.Select(f => f.Name));
    }

    [Fact]
    public void ReadFolder_OfAMissingFolder_SaysWhichFolder()
    {
        var missing = Path.Combine(Path.GetTempPath(), "empathy-evaluation-missing-" + Guid.NewGuid().ToString("N"));

        var refused = Assert.Throws<DirectoryNotFoundException>(() => LabelledFileReader.ReadFolder(missing));

        Assert.Contains(missing, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StopsWhenCancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => LabelledFileReader.Read(new StringReader("a:b\tc\n"), "x.tsv", cancelled.Token));
    }
}
