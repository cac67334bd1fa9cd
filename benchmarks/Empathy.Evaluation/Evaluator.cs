using Empathy.Evaluation.Checks;
using Empathy.Evaluation.Data;
using Empathy.Evaluation.Reports;
using Empathy.Evaluation.Scoring;

namespace Empathy.Evaluation;

/// <summary>Reads every data file of a folder, runs each file's check on its texts and scores it.</summary>
internal sealed class Evaluator(CheckRunner checks)
{
    /// <summary>Evaluates a folder.</summary>
    /// <param name="folder">The data folder.</param>
    /// <param name="errorsPerKind">How many misses and false alarms to list per file.</param>
    /// <param name="cancellationToken">Stops between items.</param>
    /// <exception cref="InvalidDataException">A data file does not fit the format.</exception>
    public EvaluationReport Evaluate(string folder, int errorsPerKind, CancellationToken cancellationToken = default)
    {
        var files = new List<FileReport>();
        var skipped = new List<string>();
        foreach (var file in LabelledFileReader.ReadFolder(folder, cancellationToken))
        {
            if (!CheckKinds.TryFromFileName(file.Name, out var kind))
            {
                skipped.Add(file.Name);
                continue;
            }

            files.Add(Evaluate(file, kind, errorsPerKind, cancellationToken));
        }

        return new EvaluationReport(Path.GetFullPath(folder), files, skipped);
    }

    /// <summary>Evaluates one file with one check.</summary>
    public FileReport Evaluate(LabelledFile file, CheckKind kind, int errorsPerKind, CancellationToken cancellationToken = default)
    {
        var positive = CheckKinds.PositiveClass(kind);
        var scored = new List<ScoredItem>(file.Items.Count);
        foreach (var item in file.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            scored.Add(new ScoredItem(item, item.Class == positive, checks.Predict(kind, item.Text)));
        }

        return FileScorer.Score(file.Name, kind, scored, errorsPerKind);
    }
}
