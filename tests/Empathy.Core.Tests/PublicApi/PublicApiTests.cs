using Empathy.Core.Serialization;
using Empathy.Tests.Shared;

namespace Empathy.Core.Tests.PublicApi;

public class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesApprovedFile() =>
        PublicApiSnapshot.Verify(typeof(EmpathyJsonContext).Assembly);
}
