using Empathy.Core.Relationships;
using Empathy.Core.Boundaries;
using Empathy.Core.Components;
using Empathy.Core.Connection;
using Empathy.Core.DependencyInjection;
using Empathy.Core.Energy;
using Empathy.Core.Interop.Fhir;
using Empathy.Core.Interop.HealthKit;
using Empathy.Core.Profiles;
using Empathy.Core.Walls;
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
    public void AddEmpathy_RegistersTheInteropMappers()
    {
        using var provider = new ServiceCollection().AddEmpathy().BuildServiceProvider();

        Assert.IsType<FhirExerciseMapper>(provider.GetRequiredService<IFhirExerciseMapper>());
        Assert.IsType<StateOfMindMapper>(provider.GetRequiredService<IStateOfMindMapper>());
    }

    [Fact]
    public void AddEmpathy_KeepsAnInteropMapperTheAppRegisteredFirst()
    {
        var own = new FhirExerciseMapper(new FhirOptions { CanonicalBase = "https://example.org/fhir" });
        using var provider = new ServiceCollection().AddSingleton<IFhirExerciseMapper>(own).AddEmpathy().BuildServiceProvider();

        Assert.Same(own, provider.GetRequiredService<IFhirExerciseMapper>());
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

    [Fact]
    public void AddEmpathy_RegistersEveryConceptsDiagnoser()
    {
        using var provider = new ServiceCollection().AddEmpathy().BuildServiceProvider();

        Assert.IsType<WallDiagnoser>(provider.GetRequiredService<IWallDiagnoser>());
        Assert.IsType<ExitDiagnoser>(provider.GetRequiredService<IExitDiagnoser>());
        Assert.IsType<EnergyDiagnoser>(provider.GetRequiredService<IEnergyDiagnoser>());
        Assert.IsType<ConnectionDiagnoser>(provider.GetRequiredService<IConnectionDiagnoser>());
    }

    [Fact]
    public void AddEmpathy_Twice_RegistersEachConceptsDiagnoserOnce()
    {
        var services = new ServiceCollection().AddEmpathy().AddEmpathy();

        Assert.Single(services, d => d.ServiceType == typeof(IWallDiagnoser));
        Assert.Single(services, d => d.ServiceType == typeof(IExitDiagnoser));
        Assert.Single(services, d => d.ServiceType == typeof(IEnergyDiagnoser));
        Assert.Single(services, d => d.ServiceType == typeof(IConnectionDiagnoser));
    }

    [Fact]
    public void AddEmpathy_KeepsAnAppsOwnDiagnoser()
    {
        var own = new WallDiagnoser(new WallOptions { MinimumEvidence = 50, ConfidentEvidence = 50 });
        using var provider = new ServiceCollection().AddSingleton<IWallDiagnoser>(own).AddEmpathy().BuildServiceProvider();

        Assert.Same(own, provider.GetRequiredService<IWallDiagnoser>());
    }

    [Fact]
    public void AddEmpathy_AppliesConfiguredWallOptions()
    {
        using var provider = new ServiceCollection()
            .AddEmpathy(o =>
            {
                o.Walls.MinimumEvidence = 10;
                o.Walls.ConfidentEvidence = 10;
                o.Walls.DisguisedAccusations["controlled"] = ["trapped"];
            })
            .BuildServiceProvider();
        var walls = provider.GetRequiredService<IWallDiagnoser>();

        Assert.Equal(WallKind.Unknown, walls.Diagnose(new WallObservation { Signals = [WallSignal.CounterAttacks, WallSignal.Guarded] }).Wall);
        Assert.False(walls.StartFeelingStatement().When("you read my messages").IFeel("controlled").Build().Accepted);
    }

    [Fact]
    public void AddEmpathy_AppliesConfiguredBoundaryEnergyAndConnectionOptions()
    {
        var at = new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
        using var provider = new ServiceCollection()
            .AddEmpathy(o =>
            {
                o.Exit.Window = TimeSpan.FromDays(7);
                o.Exit.MinimumCheckIns = 2;
                o.Exit.MinimumAdjustments = 1;
                o.Energy.NearReserveMargin = 0;
                o.Connection.IdealContactEvery = TimeSpan.FromDays(1);
            })
            .BuildServiceProvider();
        var record = new Relationship
        {
            Person = "Alex",
            CheckIns =
            [
                new() { At = at, Depletion = 80, Frustration = 80, SelfDoubt = 80, AdjustmentTried = true },
                new() { At = at.AddDays(7), Depletion = 80, Frustration = 80, SelfDoubt = 80 },
            ],
        };
        var relationship = new Relationship { Person = "Sam", Interactions = [new() { At = at, Kind = InteractionKind.Call, Proximity = 50 }] };

        Assert.True(provider.GetRequiredService<IExitDiagnoser>().Diagnose(record, at.AddDays(7)).ExitSignalled);
        Assert.Equal(EnergyState.Comfortable, provider.GetRequiredService<IEnergyDiagnoser>().Diagnose(EnergyTank.Start(100, 25, 1, at, 26), at).State);
        Assert.Equal(ContactStatus.Yellow, provider.GetRequiredService<IConnectionDiagnoser>().Diagnose(relationship, at.AddDays(2)).Status);
    }

    [Theory]
    [InlineData("Walls")]
    [InlineData("Exit")]
    [InlineData("Energy")]
    [InlineData("Connection")]
    public void AddEmpathy_WithInvalidConceptOptions_FailsAtStartup(string concept)
    {
        using var provider = new ServiceCollection()
            .AddEmpathy(o =>
            {
                switch (concept)
                {
                    case "Walls": o.Walls.DominantShare = 2; break;
                    case "Exit": o.Exit.Window = TimeSpan.Zero; break;
                    case "Energy": o.Energy.Capacity = 0; break;
                    default: o.Connection.HalfLife = TimeSpan.Zero; break;
                }
            })
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<IStartupValidator>().Validate);

        Assert.Contains(error.Failures, f => f.Contains(concept switch
        {
            "Walls" => "Wall option",
            "Exit" => "Exit option",
            "Energy" => "Energy option",
            _ => "Connection option",
        }));
    }

    [Fact]
    public void EmpathyOptions_Validate_ListsProblemsFromEveryConcept()
    {
        var options = new EmpathyOptions();
        options.Profiles.ConfidenceMargin = 0;
        options.Walls.DominantShare = 0;
        options.Exit.MinimumAdjustments = 0;
        options.Energy.RecoveryPerHour = -1;
        options.Connection.HalfLife = TimeSpan.Zero;

        Assert.Equal(5, options.Validate().Count);
    }
}
