using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Empathy.Benchmarks;

/// <summary>
/// Adds a job twice: measured in wall-clock time (out of process, BenchmarkDotNet's default), and in CPU
/// time of the process (<see cref="ProcessCpuClock"/>, in process, Linux only). On a shared machine the
/// second one shows what the code itself costs, unaffected by other processes' load.
/// </summary>
public static class WallAndCpuTimeJobs
{
    public static ManualConfig AddWallAndCpuTimeJobs(this ManualConfig config, Job job)
    {
        config.AddJob(job.WithId("WallClock"));
        if (OperatingSystem.IsLinux())
        {
            config.AddJob(job.WithToolchain(InProcessEmitToolchain.Instance).WithClock(new ProcessCpuClock()).WithId("CpuTime"));
        }

        config.AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByJob);
        return config;
    }
}
