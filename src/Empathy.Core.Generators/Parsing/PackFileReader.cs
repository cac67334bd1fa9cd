using System;
using System.Threading;
using Empathy.Shared.ExercisePacks;
using Microsoft.CodeAnalysis;

namespace Empathy.Core.Generators.Parsing;

/// <summary>Reads one additional file into the shared parser's equatable result.</summary>
internal static class PackFileReader
{
    public static ParsedPackFile Read(AdditionalText file, CancellationToken cancellationToken)
    {
        try
        {
            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                var name = PackFileName.TryParse(file.Path) ?? new PackFileName(file.Path, file.Path, null);
                var problem = PackProblem.Create(PackRules.InvalidJson, file.Path, SourceSpan.Start, "the file could not be read");
                return new ParsedPackFile(name, new PackParseResult(null, new EquatableArray<PackProblem>(new[] { problem })));
            }

            return PackAssembler.ParseFile(file.Path, text.ToString(), cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            var name = new PackFileName(file.Path, file.Path, null);
            return new ParsedPackFile(name, new PackParseResult(null, new EquatableArray<PackProblem>(new[] { PackAssembler.Unexpected(file.Path, error) })));
        }
    }
}
