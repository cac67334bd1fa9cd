using Empathy.Core.Components;
using Empathy.Core.DependencyInjection;
using Empathy.Core.Profiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Empathy.Core.Tests.DependencyInjection;

public class AddEmpathyTests
{
    [Fact]
    public void AddEmpathy_RegistersTheProfileDiagnoser()
    {
        using var provider = new ServiceCollection().AddEmpathy().BuildServiceProvider();

        Assert.IsType<ProfileDiagnoser>(provider.GetRequiredService<IProfileDiagnoser>());
    }

    [Fact]
    public void AddEmpathy_Twice_RegistersEachServiceOnce()
    {
        var services = new ServiceCollection().AddEmpathy().AddEmpathy();

        Assert.Single(services, d => d.ServiceType == typeof(IProfileDiagnoser));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<EmpathyOptions>));
    }

    [Fact]
    public void AddEmpathy_AppliesConfiguredThresholds()
    {
        using var provider = new ServiceCollection()
            .AddEmpathy(o => o.Profiles.WeakBelow = 5)
            .BuildServiceProvider();

        var diagnosis = provider.GetRequiredService<IProfileDiagnoser>().Diagnose(new ProfileObservation { Levels = new EmpathyLevels(10, 10, 10) });

        Assert.NotEqual(EmpathyProfile.DryWell, diagnosis.Profile);
    }

    [Fact]
    public void AddEmpathy_WithInvalidOptions_FailsWhenResolvedAndListsTheProblem()
    {
        using var provider = new ServiceCollection()
            .AddEmpathy(o => o.Profiles.StrongAtLeast = 500)
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IProfileDiagnoser>());

        Assert.Contains("StrongAtLeast", error.Message);
    }

    [Fact]
    public void AddEmpathy_RegistersStartupValidation()
    {
        var services = new ServiceCollection().AddEmpathy(o => o.Profiles.ConfidenceMargin = 0);
        using var provider = services.BuildServiceProvider();

        // What a host runs at start: every registered options validation, before any service is used.
        var startup = provider.GetRequiredService<IStartupValidator>();

        Assert.Throws<OptionsValidationException>(startup.Validate);
    }

    [Fact]
    public void AddEmpathy_NullServices_Throws() =>
        Assert.Throws<ArgumentNullException>(() => EmpathyServiceCollectionExtensions.AddEmpathy(null!));
}
