using Empathy.Core.DependencyInjection;
using Empathy.Core.Insights;
using Empathy.Core.Insights.Lexicons;
using Empathy.Core.Insights.Messages;
using Empathy.Core.Insights.Observations;
using Empathy.Core.Insights.Replies;
using Microsoft.Extensions.DependencyInjection;

namespace Empathy.Core.Tests.Insights;

public class InsightCheckResultTests
{
    [Fact]
    public void EveryCheckResult_ShowsFindingsAndCrisisThroughOneInterface()
    {
        IInsightCheckResult[] results =
        [
            new ObservationCheck().Check("He obviously ignored me, and I want to die."),
            new MessageCheck().Check("You never listen and I want to die."),
            new ReplyCheck().Check("Just be strong. I want to die too."),
        ];

        Assert.All(results, r => Assert.NotEmpty(r.Findings));
        Assert.All(results, r => Assert.True(r.HasCrisisSignal));
        Assert.All(results, r => Assert.Contains(r.Crisis!.Findings, f => f.Kind == InsightRuleKind.Crisis));
    }

    [Fact]
    public void AddEmpathy_RegistersOneLexiconServiceThatCompilesChangesOnce()
    {
        var services = new ServiceCollection();
        services.AddEmpathy(o => o.Insights.Rule("observation.judgement-label").Add("feckless"));
        using var provider = services.BuildServiceProvider();

        var lexicons = provider.GetRequiredService<InsightLexicons>();
        var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<EmpathyOptions>>().Value.Insights;

        Assert.Same(lexicons.For(options), lexicons.For(options));
        Assert.False(provider.GetRequiredService<IObservationCheck>().Check("He was feckless.").IsObjective);
    }
}
