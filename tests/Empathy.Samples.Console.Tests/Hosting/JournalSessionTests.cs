using System.Runtime.InteropServices;
using Empathy.Core.Journal;
using Empathy.Core.Storage;
using Empathy.Samples.Console.Hosting;
using Empathy.Samples.Console.Tests.Support;
using Empathy.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Empathy.Samples.Console.Tests.Hosting;

public sealed class JournalSessionTests : IDisposable
{
    private readonly TempJournal _journal = new();

    public void Dispose() => _journal.Dispose();

    private EmpathyApp App() =>
        new(Terminal.Plain(TextWriter.Null, new StringWriter()), CliEnvironment.FromValues(_journal.Variables, homeDirectory: null));

    private static JournalEntry Entry(string happened) => new()
    {
        Id = JournalEntryId.New(),
        FeltAt = DateTimeOffset.UnixEpoch,
        LoggedAt = DateTimeOffset.UnixEpoch,
        WhatHappened = happened,
    };

    [Fact]
    public async Task Open_ResolvesTheStoreRegisteredWithAddSqliteJournalStore()
    {
        using var app = App();

        var session = await app.OpenJournalAsync(_journal.DataDir, JournalOpening.CreateIfMissing, CancellationToken.None);

        Assert.IsType<SqliteJournalStore>(session.Store);
        Assert.Same(app.Services.GetRequiredService<IJournalStore>(), session.Store);
        Assert.Equal(_journal.File("journal.db"), session.DatabasePath);
        Assert.True(session.Created);
    }

    [Fact]
    public async Task SaveThenReadAll_RoundTripsNewestFirst()
    {
        using var app = App();
        var session = await app.OpenJournalAsync(_journal.DataDir, JournalOpening.CreateIfMissing, CancellationToken.None);

        var first = await session.SaveAsync(Entry("First.") with { FeltAt = DateTimeOffset.UnixEpoch }, CancellationToken.None);
        var second = await session.SaveAsync(Entry("Second.") with { FeltAt = DateTimeOffset.UnixEpoch.AddDays(1) }, CancellationToken.None);
        var entries = await session.ReadAllAsync(CancellationToken.None);

        Assert.Equal([second, first], entries.Select(e => e.Id));
    }

    [Fact]
    public async Task Open_MustExistOnAnEmptyFolder_IsBadInputAndCreatesNothing()
    {
        using var app = App();
        var folder = Path.Combine(_journal.DataDir, "nothing-here");

        var error = await Assert.ThrowsAsync<CliException>(() => app.OpenJournalAsync(folder, JournalOpening.MustExist, CancellationToken.None));

        Assert.Equal(ExitCodes.BadInput, error.ExitCode);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task Open_UnderAPermissiveUmask_StillMakesTheDatabaseAndItsWalAndShmOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // No Unix modes to check.
        }

        var previous = umask(0);
        try
        {
            using var app = App();
            var folder = Path.Combine(_journal.DataDir, "new");
            var session = await app.OpenJournalAsync(folder, JournalOpening.CreateIfMissing, CancellationToken.None);
            await session.SaveAsync(Entry("Private."), CancellationToken.None);

            // The store is still open, so SQLite's -wal and -shm files are there beside the database.
            foreach (var file in PrivateFiles.DatabaseFiles(session.DatabasePath))
            {
                Assert.True(File.Exists(file), $"{file} is missing");
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            }

            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        }
        finally
        {
            umask(previous);
        }
    }

    [DllImport("libc", EntryPoint = "umask")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054 // A test helper; LibraryImport would need unsafe code enabled.
    private static extern uint umask(uint mask);
#pragma warning restore SYSLIB1054
}
