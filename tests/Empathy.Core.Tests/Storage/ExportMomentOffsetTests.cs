using System.Text;
using System.Text.RegularExpressions;
using Empathy.Core.Serialization;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;
using Empathy.Tests.Shared.Storage;

namespace Empathy.Core.Tests.Storage;

/// <summary>
/// A moment without its offset from UTC ("2026-11-28T15:30:00") in an export a person brings back would be read
/// in the reading computer's time zone, moving it by hours; the readers refuse it, naming the member and line.
/// </summary>
public class ExportMomentOffsetTests
{
    private static string JournalExportText() => Encoding.UTF8.GetString(JournalExportJson.SerializeToUtf8Bytes(
        new JournalExport { ExportedAt = JournalSamples.Start, Entries = JournalSamples.Hourly(2) }));

    private static string OwnerExportText() => Encoding.UTF8.GetString(OwnerDataExportJson.SerializeToUtf8Bytes(new OwnerDataExport
    {
        ExportedAt = PracticeSamples.Start.AddDays(50),
        Journal = new JournalExport { ExportedAt = PracticeSamples.Start.AddDays(50), Entries = JournalSamples.Hourly(2) },
        Practice = PracticeSamples.Export(),
    }));

    // The n-th (from 0) value of "member" with its offset cut off, and where it starts as an editor counts.
    private static (string Json, string At) WithoutOffset(string json, string member, int n = 0)
    {
        var match = Regex.Matches(json, $"\"{member}\": \"(\\d{{4}}-\\d\\d-\\d\\dT[0-9:.]+)(Z|[+-]\\d\\d:\\d\\d)\"")[n];
        var value = match.Index + member.Length + 4;
        var line = json[..value].Count(c => c == '\n') + 1;
        var column = value - (json.LastIndexOf('\n', value) + 1) + 1;
        var edited = json[..match.Index] + $"\"{member}\": \"{match.Groups[1].Value}\"" + json[(match.Index + match.Length)..];
        return (edited, $"(line {line}, byte {column} of that line)");
    }

    [Fact]
    public void JournalExport_AnEntryMomentWithoutOffset_IsRefusedNamingTheMemberAndLine()
    {
        var (json, at) = WithoutOffset(JournalExportText(), "feltAt", 1);

        var error = Assert.Throws<JournalFormatException>(() => JournalExportJson.Deserialize(Encoding.UTF8.GetBytes(json)));

        Assert.StartsWith("Entry 2 of the journal export (id ", error.Message, StringComparison.Ordinal);
        Assert.Contains("offset from UTC, such as 2026-11-28T15:30:00-05:00", error.Message, StringComparison.Ordinal);
        Assert.EndsWith($"at $.entries[1].feltAt {at}.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JournalExport_AnExportTimeWithoutOffset_IsRefusedNamingTheMemberAndLine()
    {
        var (json, at) = WithoutOffset(JournalExportText(), "exportedAt");

        var error = Assert.Throws<JournalFormatException>(() => JournalExportJson.Deserialize(Encoding.UTF8.GetBytes(json)));

        Assert.StartsWith("The journal export's 'exportedAt' is not valid: A moment is a date and time with its offset from UTC", error.Message, StringComparison.Ordinal);
        Assert.EndsWith($"at $.exportedAt {at}.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JournalExport_MomentsWithTheirOffset_AreReadAsWritten()
    {
        var export = new JournalExport { ExportedAt = JournalSamples.Start, Entries = JournalSamples.Hourly(2) };

        Assert.Equal(export, JournalExportJson.Deserialize(JournalExportJson.SerializeToUtf8Bytes(export)));
    }

    [Theory]
    [InlineData("exportedAt", 0, "at $.exportedAt ")]
    [InlineData("exportedAt", 1, "at $.journal.exportedAt ")]
    [InlineData("feltAt", 0, "at $.journal.entries[0].feltAt ")]
    public void OwnerExport_AJournalMomentWithoutOffset_IsRefusedNamingTheMemberAndLine(string member, int n, string path)
    {
        var (json, at) = WithoutOffset(OwnerExportText(), member, n);

        var error = Assert.Throws<JournalFormatException>(() => OwnerDataExportJson.Deserialize(Encoding.UTF8.GetBytes(json)));

        Assert.Contains("offset from UTC", error.Message, StringComparison.Ordinal);
        Assert.EndsWith($"{path}{at}.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, @"at \$\.practice\.records\.relationship\[0\]\.at \(line")]
    [InlineData(1, @"at \$\.practice\.records\.relationship\[0\]\.value\.[a-zA-Z]+\[0\]\.at \(line")]
    public void OwnerExport_APracticeRecordMomentWithoutOffset_IsRefusedNamingTheMemberAndLine(int afterPractice, string path)
    {
        var text = OwnerExportText();
        var practice = text.IndexOf("\"practice\":", StringComparison.Ordinal);
        var (json, at) = WithoutOffset(text, "at", Regex.Matches(text[..practice], "\"at\": \"").Count + afterPractice);

        var error = Assert.Throws<JournalFormatException>(() => OwnerDataExportJson.Deserialize(Encoding.UTF8.GetBytes(json)));

        Assert.Contains("offset from UTC", error.Message, StringComparison.Ordinal);
        Assert.Matches(path, error.Message);
        Assert.EndsWith($" {at}.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OwnerExport_MomentsWithTheirOffset_AreReadAsWritten()
    {
        var document = new OwnerDataExport
        {
            ExportedAt = PracticeSamples.Start.AddDays(50),
            Journal = new JournalExport { ExportedAt = PracticeSamples.Start.AddDays(50), Entries = JournalSamples.Hourly(2) },
            Practice = PracticeSamples.Export(),
        };

        Assert.Equal(document, OwnerDataExportJson.Deserialize(OwnerDataExportJson.SerializeToUtf8Bytes(document)));
    }
}
