namespace Empathy.Core.Generators.Model;

/// <summary>The names of the generator's pipeline steps, so that tests can check what each step cached.</summary>
internal static class TrackingNames
{
    public const string PackFiles = nameof(PackFiles);
    public const string ParsedFiles = nameof(ParsedFiles);
    public const string Packs = nameof(Packs);
    public const string Settings = nameof(Settings);
    public const string Outputs = nameof(Outputs);
}
