namespace Empathy.Core.Walls;

/// <summary>What the wall in front of me seems to be made of.</summary>
public enum WallKind
{
    /// <summary>Too few signals to tell: observe more before choosing a move.</summary>
    Unknown,

    /// <summary>A wall of defense: a hurt, watchful person afraid of being hurt again. Ice: patience and warmth may melt it.</summary>
    Defense,

    /// <summary>A wall of logic: emotion is absent or low priority. Reinforced concrete: it will not melt, so switch channel.</summary>
    Logic,

    /// <summary>Both at once, as in most real people: combine the moves, starting with reducing threat.</summary>
    Mixed,
}
