using Empathy.Tests.Shared;

namespace Empathy.Core.Generators.Tests.PublicApi;

public class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesApprovedFile() =>
        PublicApiSnapshot.Verify(typeof(ExercisePackGenerator).Assembly);
}
