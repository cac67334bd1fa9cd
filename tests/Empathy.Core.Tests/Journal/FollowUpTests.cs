using Empathy.Core.Journal;

namespace Empathy.Core.Tests.Journal;

public class FollowUpTests
{
    [Fact]
    public void IsDone_OnlyWithAnOutcome()
    {
        var planned = new FollowUp { Due = new DateOnly(2026, 12, 1) };

        Assert.False(planned.IsDone);
        Assert.True((planned with { Outcome = "We talked; it went well." }).IsDone);
    }
}
