using Empathy.Tests.Shared;

namespace Empathy.Storage.PostgreSql.Tests.PublicApi;

public class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesApprovedFile() =>
        PublicApiSnapshot.Verify(typeof(PostgreSqlJournalStore).Assembly);
}
