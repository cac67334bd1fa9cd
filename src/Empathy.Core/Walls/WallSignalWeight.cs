namespace Empathy.Core.Walls;

/// <summary>How much one <see cref="WallSignal"/> weighs toward each kind of wall, each from 0 to 1.</summary>
/// <param name="Defense">Weight toward <see cref="WallKind.Defense"/>, 0–1.</param>
/// <param name="Logic">Weight toward <see cref="WallKind.Logic"/>, 0–1.</param>
/// <remarks>Immutable and thread-safe. Ranges are checked by <see cref="WallOptions.Validate"/>.</remarks>
public readonly record struct WallSignalWeight(double Defense, double Logic);
