using Empathy.Core.Relationships;
using Empathy.Core.Connection;

namespace Empathy.Core.Tests.Connection;

public class ConnectionExplainTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Diagnose_LastContactReason_CarriesTheGapAndTheStatus()
    {
        var reason = new ConnectionDiagnoser().Diagnose(ConnectionDiagnoserTests.Weekly("Sam", 2), Start.AddDays(24)).Reasons[1];

        Assert.Equal((ConnectionReasonKind.LastContact, TimeSpan.FromDays(10), ContactStatus.Yellow), (reason.Kind, reason.SinceLastContact!.Value, reason.Status!.Value));
    }

    [Fact]
    public void Diagnose_ScoreReason_CountsTheInteractionsAtOrBeforeNow() =>
        Assert.Equal(3, new ConnectionDiagnoser().Diagnose(ConnectionDiagnoserTests.Weekly("Sam", 2), Start.AddDays(24)).Reasons[0].InteractionsCounted);

    [Fact]
    public void Explain_NamesThePersonStatusScoreAndEveryReason()
    {
        var diagnosis = new ConnectionDiagnoser().Diagnose(ConnectionDiagnoserTests.Weekly("Sam", 0), Start.AddDays(1));

        Assert.StartsWith("Sam: green, score ", diagnosis.Explain());
        Assert.EndsWith(diagnosis.Reasons[1].Explanation, diagnosis.Explain());
    }
}
