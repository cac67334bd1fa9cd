using System;
using System.Threading;
using Empathy.Shared.ExercisePacks;
using Microsoft.CodeAnalysis;

namespace Empathy.Core.Generators.Parsing;

/// <summary>
/// Reads one additional file (Roslyn's <see cref="AdditionalText"/>) into the shared parser's
/// equatable result: the generator's one step between the compiler's files and the shared rules.
/// </summary>
internal static class PackFileReader
{
    public static ParsedPackFile Read(AdditionalText file, CancellationToken cancellationToken)
    {
        var name = PackFileName.TryParse(file.Path) ?? new PackFileName(file.Path, file.Path, null);
        try
        {
            var text = file.GetText(cancellationToken);
            return text is null
                ? ParsedPackFile.Failed(name, PackProblem.Create(PackRules.InvalidJson, file.Path, SourceSpan.Start, "the file could not be read"))
                : PackParser.ParseFile(name, text.ToString(), cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return ParsedPackFile.Failed(name, PackProblem.Unexpected(file.Path, error, PackProblem.Stage.Reading));
        }
    }
}
