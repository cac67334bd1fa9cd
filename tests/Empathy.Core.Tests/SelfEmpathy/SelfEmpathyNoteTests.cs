using Empathy.Core.SelfEmpathy;

namespace Empathy.Core.Tests.SelfEmpathy;

public class SelfEmpathyNoteTests
{
    [Fact]
    public void AllFourMoves_MakeANote()
    {
        var note = new SelfEmpathyNote
        {
            AcknowledgeFeeling = "I feel ashamed.",
            Normalise = "Anyone would.",
            CreditEffort = "I prepared for a week.",
            NextStep = "Ask for feedback.",
        };

        Assert.Equal("Ask for feedback.", note.NextStep.Reveal());
    }

    [Theory]
    [InlineData("AcknowledgeFeeling")]
    [InlineData("Normalise")]
    [InlineData("CreditEffort")]
    [InlineData("NextStep")]
    public void EachMove_IsRequired(string move)
    {
        var error = Assert.Throws<ArgumentException>(() => new SelfEmpathyNote
        {
            AcknowledgeFeeling = move == "AcknowledgeFeeling" ? " " : "a",
            Normalise = move == "Normalise" ? "" : "b",
            CreditEffort = move == "CreditEffort" ? "\t" : "c",
            NextStep = move == "NextStep" ? " " : "d",
        });

        Assert.Equal(move, error.ParamName);
    }
}
