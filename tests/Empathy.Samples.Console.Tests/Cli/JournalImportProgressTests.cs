using Empathy.Core.Journal;
using Empathy.Core.Serialization;
using Empathy.Core.Storage;
using Empathy.Samples.Console.Cli;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Tests.Support;

namespace Empathy.Samples.Console.Tests.Cli;

public sealed class JournalImportProgressTests
{
    private static byte[] LargeExport(int entries)
    {
        var start = new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);
        var document = new JournalExport
        {
            ExportedAt = start.AddDays(60),
            Entries =
            [
                .. Enumerable.Range(0, entries).Select(i => new JournalEntry
                {
                    Id = JournalEntryId.New(),
                    FeltAt = start.AddHours(i),
                    LoggedAt = start.AddHours(i + 1),
                    WhatHappened = $"Entry {i}: in the afternoon meeting the summary did not mention my part of the work, and nobody asked about it.",
                    AutomaticThoughts = ["I'm not good enough.", "They will drop me."],
                    BodySensations = ["stomach clenched"],
                }),
            ],
        };
        return JournalExportJson.SerializeToUtf8Bytes(document);
    }

    [Fact]
    public async Task Import_OfALargeFileInATerminal_ShowsAProgressBarAndImportsEverything()
    {
        using var journal = new TempJournal();
        var bytes = LargeExport(1200);
        Assert.True(bytes.Length >= JournalTransferCommands.LargeFileBytes, $"The sample export is only {bytes.Length} bytes.");
        await File.WriteAllBytesAsync(journal.File("big.json"), bytes);

        var result = await journal.RunInTerminalAsync(TestTerminal.Console(), "journal", "import", journal.File("big.json"));

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Contains("Reading", result.Out);
        Assert.Contains("Importing", result.Out);
        Assert.Contains("100%", result.Out);
        Assert.Contains("Imported 1200 entries", result.Out);
    }
}
