using Empathy.Tests.Shared;

namespace Empathy.Storage.Sqlite.Tests.PublicApi;

public class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesApprovedFile() =>
        ApprovedFile.Verify(PublicApiRenderer.Render(typeof(SqliteJournalStore).Assembly), "Empathy.Storage.Sqlite.approved.txt");
}
