using System.Runtime.CompilerServices;

namespace Empathy.Core.Insights.Text;

/// <summary>
/// Room for the normalised characters of one word while the tokenizer reads it, held in a local
/// instead of <c>stackalloc</c>: the runtime compiles a method that uses <c>stackalloc</c> once, fully
/// optimised but without tiering, so it never gets the profile-guided recompilation (constant static
/// tables, hot paths laid out first) that a method with an ordinary local gets.
/// </summary>
[InlineArray(Length)]
internal struct WordChars
{
    /// <summary>How many characters a word may fold into.</summary>
    public const int Length = 64;

    private char _first;
}
