using BenchmarkDotNet.Attributes;
using Empathy.Core.Components;
using Empathy.Core.Profiles;

namespace Empathy.Benchmarks;

/// <summary>How much does one profile diagnosis cost, in time and allocations, per profile path?</summary>
[MemoryDiagnoser]
public class ProfileDiagnosisBenchmarks
{
    private readonly ProfileDiagnoser _diagnoser = new();
    private readonly ProfileObservation _dryWell = new() { Levels = new EmpathyLevels(10, 10, 10), Signals = [ProfileSignal.HarshEmotionalHistory] };
    private readonly ProfileObservation _balanced = new() { Levels = new EmpathyLevels(75, 75, 75), BoundaryKeeping = 80 };
    private readonly ProfileObservation _unclear = new() { Levels = new EmpathyLevels(50, 45, 55) };

    [Benchmark(Baseline = true)]
    public ProfileDiagnosis DryWell() => _diagnoser.Diagnose(_dryWell);

    [Benchmark]
    public ProfileDiagnosis Balanced() => _diagnoser.Diagnose(_balanced);

    [Benchmark]
    public ProfileDiagnosis Unclear() => _diagnoser.Diagnose(_unclear);
}
