using Empathy.Core.Components;
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
        Assert.Single(services, d => d.ServiceType == typeof(IObservationCheck) && !d.IsKeyedService);
        foreach (var language in InsightOptions.BuiltInLanguages)
        {
            Assert.Single(services, d => d.ServiceType == typeof(IObservationCheck) && d.IsKeyedService && Equals(d.ServiceKey, language));
        }
    }

    [Fact]
    public void AddEmpathy_RegistersEveryInsightServicePerLanguage()
    {
        using var provider = new ServiceCollection().AddEmpathy().BuildServiceProvider();

        foreach (var language in InsightOptions.BuiltInLanguages)
        {
            Assert.IsType<ObservationCheck>(provider.GetRequiredKeyedService<IObservationCheck>(language));
            Assert.IsType<MessageCheck>(provider.GetRequiredKeyedService<IMessageCheck>(language));
            Assert.IsType<ReplyCheck>(provider.GetRequiredKeyedService<IReplyCheck>(language));
            Assert.IsType<CoreThoughtGrouper>(provider.GetRequiredKeyedService<ICoreThoughtGrouper>(language));
            Assert.IsType<CrisisDetector>(provider.GetRequiredKeyedService<ICrisisDetector>(language));
        }
    }

    [Fact]
    public void KeyedChecks_ReadTheirOwnLanguage()
    {
        using var provider = new ServiceCollection().AddEmpathy().BuildServiceProvider();
        const string Spanish = "Lo siento mucho. ¿Cómo estás?";

        var spanish = provider.GetRequiredKeyedService<IReplyCheck>("es").Check(Spanish);
        var english = provider.GetRequiredKeyedService<IReplyCheck>("en").Check(Spanish);

        Assert.Contains(EmpathyComponent.Affective, spanish.Components);
        Assert.Empty(english.Components);
        Assert.Empty(provider.GetRequiredService<IReplyCheck>().Check(Spanish).Components); // unkeyed: the options' language, English by default
        Assert.NotNull(provider.GetRequiredKeyedService<ICrisisDetector>("es").Detect("Quiero morir."));
        Assert.False(provider.GetRequiredKeyedService<IObservationCheck>("es").Check("Siempre llega tarde.").IsObjective);
    }

    [Fact]
    public void UnkeyedChecks_FollowTheConfiguredLanguage()
    {
        using var provider = new ServiceCollection()
            .AddEmpathy(o => o.Insights.Language = "es")
            .BuildServiceProvider();

        Assert.Contains(EmpathyComponent.Affective, provider.GetRequiredService<IReplyCheck>().Check("Lo siento mucho.").Components);
    }

    [Fact]
    public void KeyedChecks_TakeAChangeWithNoLanguageOnlyInTheConfiguredOne()
    {
        using var provider = new ServiceCollection()
            .AddEmpathy(o => o.Insights.Rule("observation.judgement-label").Add("feckless"))
            .BuildServiceProvider();
        using var pinned = new ServiceCollection()
            .AddEmpathy(o => o.Insights.Rule("observation.judgement-label", "es").Add("feckless"))
            .BuildServiceProvider();

        Assert.False(provider.GetRequiredKeyedService<IObservationCheck>("en").Check("He was feckless.").IsObjective);
        Assert.True(provider.GetRequiredKeyedService<IObservationCheck>("es").Check("Él es feckless.").IsObjective);
        Assert.False(pinned.GetRequiredKeyedService<IObservationCheck>("es").Check("Él es feckless.").IsObjective);
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
