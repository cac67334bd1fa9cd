using System.Text.Json;
using Empathy.Evaluation;
using Empathy.Evaluation.Checks;
using Empathy.Evaluation.Data;
using Empathy.Evaluation.Digest;
using Empathy.Evaluation.Reports;

// Exit codes: 0 scored, 1 the data could not be found or read, 2 bad arguments, 130 cancelled.
RunnerArguments arguments;
try
{
    arguments = RunnerArguments.Parse(args);
}
catch (ArgumentException bad)
{
    Console.Error.WriteLine(bad.Message);
    Console.Error.WriteLine("Run with --help for the options.");
    return 2;
}

if (arguments.Help)
{
    Console.WriteLine(RunnerArguments.Usage);
    return 0;
}

if (!DataFolder.TryResolve(arguments.DataFolder, [Environment.CurrentDirectory, AppContext.BaseDirectory], out var folder, out var problem))
{
    Console.Error.WriteLine(problem);
    return 1;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    if (arguments.Digest)
    {
        FindingDigest.Compute(folder, new FindingRecorder(), cancel.Token).Write(Console.Out);
        return 0;
    }

    var report = new Evaluator(new CheckRunner()).Evaluate(folder, arguments.Errors, cancel.Token);
    if (arguments.Json)
    {
        Console.WriteLine(JsonSerializer.Serialize(report, ReportJsonContext.Default.EvaluationReport));
    }
    else
    {
        TextReportWriter.Write(report, Console.Out);
    }

    return 0;
}
catch (InvalidDataException bad)
{
    Console.Error.WriteLine($"Cannot read the data in {folder}: {bad.Message}");
    return 1;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("Cancelled.");
    return 130;
}
