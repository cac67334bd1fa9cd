using Empathy.Core.Components;
using Empathy.Core.Insights;
using Empathy.Core.Insights.Replies;

namespace Empathy.Core.Tests.Insights.Replies;

public class ReplyCheckTests
{
    private static readonly ReplyCheck Check = new();

    [Theory]
    [InlineData("Be strong.", "reply.platitude")]
    [InlineData("It's no big deal.", "reply.platitude")]
    [InlineData("Time heals everything.", "reply.platitude")]
    [InlineData("Look on the bright side.", "reply.platitude")]
    [InlineData("At least you still have your job.", "reply.comparison")]
    [InlineData("Others have it much worse.", "reply.comparison")]
    [InlineData("Have you tried yoga?", "reply.fixing")]
    [InlineData("You need to talk to him.", "reply.fixing")]
    [InlineData("It's not that bad.", "reply.minimising")]
    [InlineData("You're overreacting.", "reply.minimising")]
    [InlineData("The same thing happened to me last year.", "reply.self-focus")]
    public void Check_DismissiveMove_FiresItsRule(string reply, string ruleId)
    {
        var result = Check.Check(reply);

        Assert.True(result.IsDismissive);
        Assert.Contains(result.Findings, f => f.RuleId == ruleId);
    }

    [Theory]
    [InlineData("So what you're saying is he left without a word?", EmpathyComponent.Cognitive)]
    [InlineData("If I understand you, the worst part was the silence.", EmpathyComponent.Cognitive)]
    [InlineData("That sounds painful.", EmpathyComponent.Affective)]
    [InlineData("No wonder you feel exhausted.", EmpathyComponent.Affective)]
    [InlineData("I'm with you.", EmpathyComponent.Concern)]
    [InlineData("How can I help?", EmpathyComponent.Concern)]
    [InlineData("Want me to come over?", EmpathyComponent.Concern)]
    public void Check_Component_IsRecognised(string reply, EmpathyComponent component)
    {
        var result = Check.Check(reply);

        Assert.False(result.IsDismissive);
        Assert.Contains(component, result.Components);
        Assert.Contains(result.Evidence, e => e.Component == component && reply.Substring(e.Start, e.Length).Length > 0);
    }

    [Theory]
    [InlineData("At least let me bring you some soup.")]
    [InlineData("I won't tell you to 'be strong'. This just hurts.")]
    [InlineData("You don't need to explain anything.")]
    [InlineData("Would it help if I called her?")]
    [InlineData("Have you eaten anything today?")]
    public void Check_SupportUsingDismissiveWords_IsNotDismissive(string reply) =>
        Assert.False(Check.Check(reply).IsDismissive, string.Join(", ", Check.Check(reply).Findings.Select(f => f.Phrase)));

    [Fact]
    public void Check_AllThreeComponents_LeaveNoSuggestion()
    {
        var result = Check.Check("So what you're saying is he left without a word? That must hurt. Want me to come over?");

        Assert.Equal([EmpathyComponent.Cognitive, EmpathyComponent.Affective, EmpathyComponent.Concern], result.Components);
        Assert.Empty(result.Suggestions);
    }

    [Fact]
    public void Check_MissingComponents_GetOneSuggestionEach()
    {
        var result = Check.Check("That sounds painful.");

        Assert.Equal(2, result.Suggestions.Count);
        Assert.Contains(result.Suggestions, s => s.Contains("So what you're saying", StringComparison.Ordinal));
        Assert.Contains(result.Suggestions, s => s.Contains("What would help", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ReplyWithNothingRecognised_ReturnsTheSharedResultWithThreeSuggestions()
    {
        var first = Check.Check("ok.");

        Assert.Same(first, Check.Check("right."));
        Assert.Equal(3, first.Suggestions.Count);
        Assert.Empty(first.Components);
    }

    [Fact]
    public void Check_ReplyWithNothingRecognised_AllocatesNothing()
    {
        const string text = "Oh no, I only just saw your message from this morning.";
        Check.Check(text);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Check.Check(text);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Check_Finding_ExplainsItself()
    {
        var finding = Assert.Single(Check.Check("Chin up!").Findings);

        Assert.Equal(InsightRuleKind.Platitude, finding.Kind);
        Assert.Equal("chin up", finding.Phrase);
        Assert.Contains("Stay with what they told you", finding.TryInstead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("No es para tanto, anímate.", "reply.minimising")]
    [InlineData("Al menos tienes trabajo.", "reply.comparison")]
    [InlineData("Tienes que salir más de casa.", "reply.fixing")]
    [InlineData("Todo pasa por algo.", "reply.platitude")]
    public void Check_Spanish_DismissiveMove_FiresItsRule(string reply, string ruleId)
    {
        var result = new ReplyCheck(new InsightOptions { Language = "es" }).Check(reply);

        Assert.True(result.IsDismissive);
        Assert.Contains(result.Findings, f => f.RuleId == ruleId);
    }

    [Fact]
    public void Check_Spanish_ExploringQuestion_ShowsConcernInAction()
    {
        var result = new ReplyCheck(new InsightOptions { Language = "es" }).Check("Lo siento mucho. ¿Qué pasó después?");

        Assert.True(result.Explores);
        Assert.Equal([EmpathyComponent.Affective, EmpathyComponent.Concern], result.Components);
        Assert.False(result.IsDismissive);
    }

    [Fact]
    public void Check_Spanish_YouHaveTo_InsideAWhenClause_IsNotFixing()
    {
        var result = new ReplyCheck(new InsightOptions { Language = "es" }).Check("Es agotador cuando tienes que fingir que estás bien.");

        Assert.DoesNotContain(result.Findings, f => f.RuleId == "reply.fixing");
    }

    [Theory]
    [InlineData("So sorry to hear that.")]
    [InlineData("*hugs* that really sucks")]
    [InlineData("Sending you love, that is so tough.")]
    public void Check_InformalSympathy_IsAffective(string reply) =>
        Assert.Contains(Empathy.Core.Components.EmpathyComponent.Affective, new ReplyCheck().Check(reply).Components);
}
