using Empathy.Tests.Shared;

namespace Empathy.Core.Generators.Tests.PublicApi;

public class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesApprovedFile() =>
        ApprovedFile.Verify(PublicApiRenderer.Render(typeof(ExercisePackGenerator).Assembly), "Empathy.Core.Generators.approved.txt");
}
