using Empathy.Tests.Shared;

namespace Empathy.Storage.Sqlite.Tests.PublicApi;

public class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesApprovedFile() =>
        PublicApiSnapshot.Verify(typeof(SqliteJournalStore).Assembly);
}
