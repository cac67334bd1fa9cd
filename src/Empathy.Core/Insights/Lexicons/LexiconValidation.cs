using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Empathy.Core.Insights.Lexicons;

/// <summary>
/// Connects <see cref="InsightOptions.Validate"/> to the lexicon compiler when the assembly loads: the
/// options sit below the lexicon layer (every insights namespace uses them), so they cannot call it by
/// name without a namespace cycle.
/// </summary>
internal static class LexiconValidation
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "It only sets an internal delegate inside this assembly: no user code runs and nothing is loaded.")]
    internal static void Connect() => InsightOptions.LexiconProblems = InsightLexicons.LexiconProblems;
}
