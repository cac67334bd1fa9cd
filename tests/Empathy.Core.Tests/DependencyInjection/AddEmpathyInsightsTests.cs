using Empathy.Core.DependencyInjection;
using Empathy.Core.Insights.CoreThoughts;
using Empathy.Core.Insights;
using Empathy.Core.Insights.Crisis;
using Empathy.Core.Insights.Messages;
using Empathy.Core.Insights.Observations;
using Empathy.Core.Insights.Replies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Empathy.Core.Tests.DependencyInjection;

public class AddEmpathyInsightsTests
{
    [Fact]
    public void AddEmpathy_RegistersEveryInsightService()
    {
        using var provider = new ServiceCollection().AddEmpathy().BuildServiceProvider();

        Assert.IsType<ObservationCheck>(provider.GetRequiredService<IObservationCheck>());
        Assert.IsType<MessageCheck>(provider.GetRequiredService<IMessageCheck>());
        Assert.IsType<ReplyCheck>(provider.GetRequiredService<IReplyCheck>());
        Assert.IsType<CoreThoughtGrouper>(provider.GetRequiredService<ICoreThoughtGrouper>());
        Assert.IsType<CrisisDetector>(provider.GetRequiredService<ICrisisDetector>());
    }

    [Fact]
    public void AddEmpathy_Twice_RegistersTheHubAsOneSink()
    {
        var services = new ServiceCollection().AddEmpathy().AddEmpathy();

        Assert.Single(services, d => d.ServiceType == typeof(ICrisisSignalSink));
        Assert.Single(services, d => d.ServiceType == typeof(IObservationCheck));
    }

    [Fact]
    public void AddEmpathy_AppliesInsightOptions()
    {
        using var provider = new ServiceCollection()
            .AddEmpathy(o => o.Insights.Rule("observation.judgement-label").Add("feckless"))
            .BuildServiceProvider();

        Assert.False(provider.GetRequiredService<IObservationCheck>().Check("He was feckless.").IsObjective);
    }

    [Fact]
    public void AddEmpathy_InvalidInsightOptions_FailValidation()
    {
        using var provider = new ServiceCollection()
            .AddEmpathy(o => o.Insights.Language = "xx")
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IObservationCheck>());

        Assert.Contains("xx", error.Message);
    }

    [Fact]
    public void CrisisSignal_ReachesTheHubAndEveryRegisteredSink()
    {
        var sink = new RecordingSink();
        using var provider = new ServiceCollection()
            .AddSingleton<ICrisisSignalSink>(sink)
            .AddEmpathy()
            .BuildServiceProvider();
        var raised = 0;
        provider.GetRequiredService<CrisisSignalHub>().SignalRaised += (_, _) => raised++;

        provider.GetRequiredService<IMessageCheck>().Check("I want to die.");

        Assert.Equal(1, raised);
        Assert.Single(sink.Signals);
    }

    private sealed class RecordingSink : ICrisisSignalSink
    {
        public List<CrisisSignal> Signals { get; } = [];

        public void OnCrisisSignal(CrisisSignal signal) => Signals.Add(signal);
    }
}
