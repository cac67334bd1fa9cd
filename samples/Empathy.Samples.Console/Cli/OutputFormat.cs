namespace Empathy.Samples.Console.Cli;

/// <summary>How a command writes its result.</summary>
internal enum OutputFormat
{
    /// <summary>A readable, coloured explanation for a person.</summary>
    Text,

    /// <summary>JSON on one line (JSON Lines where a command writes several results), for scripts.</summary>
    Json,
}
