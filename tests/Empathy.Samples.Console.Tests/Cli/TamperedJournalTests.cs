using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Empathy.Samples.Console.Tests.Cli;

/// <summary>A journal file changed outside the program: the row is named by what its id column holds, and the exit code says tampering.</summary>
public sealed class TamperedJournalTests : IDisposable
{
    private readonly TempJournal _journal = new();

    public void Dispose() => _journal.Dispose();

    private async Task ChangeTheIdColumnAsync(string raw)
    {
        Assert.Equal(ExitCodes.Success, (await _journal.RunAsync("journal", "add", "--happened", "It rained.")).ExitCode);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _journal.File("journal.db"), Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE journal_entries SET id = $raw";
        command.Parameters.AddWithValue("$raw", raw);
        Assert.Equal(1, command.ExecuteNonQuery());
    }

    [Fact]
    public async Task List_NamesTheRowByItsRawIdAndLeavesItOut()
    {
        await ChangeTheIdColumnAsync("not-an-id");

        var list = await _journal.RunAsync("journal", "list", "--format", "json");

        Assert.True(list.ExitCode == ExitCodes.Success, list.Error);
        Assert.Contains("the row with id 'not-an-id' failed its integrity check", list.Error);
        Assert.Equal("[]", list.Out.Trim());
    }

    [Fact]
    public async Task Export_StopsWithExitFourAndSaysWhatWasFound()
    {
        await ChangeTheIdColumnAsync("not-an-id");

        var export = await _journal.RunAsync("journal", "export", _journal.File("out.json"));

        Assert.Equal(ExitCodes.Tampered, export.ExitCode);
        Assert.Contains("changed outside this program", export.Error);
        Assert.Contains("not-an-id", export.Error);
        Assert.False(File.Exists(_journal.File("out.json")));
    }
}
