using System.CommandLine;
using System.CommandLine.Parsing;
using Empathy.Samples.Console.Hosting;

namespace Empathy.Samples.Console.Cli;

/// <summary>
/// Files named on the command line (exports to write, documents to import): an empty name is a parse error, and a
/// folder or a missing folder is said as such before anything is read or written, not in the runtime's words.
/// </summary>
internal static class FilePaths
{
    /// <summary>A file argument; an empty one is a parse error naming it (not the type it would have been).</summary>
    /// <param name="name">The argument's name.</param>
    /// <param name="description">Its help text.</param>
    public static Argument<FileInfo> Argument(string name, string description)
    {
        var argument = new Argument<FileInfo>(name) { Description = description };
        argument.CustomParser = result => Parse(result, $"<{name}>")!;
        return argument;
    }

    /// <summary>A file option; an empty one is a parse error naming it.</summary>
    /// <param name="name">The option's name.</param>
    /// <param name="description">Its help text.</param>
    public static Option<FileInfo?> Option(string name, string description)
    {
        var option = new Option<FileInfo?>(name) { Description = description, HelpName = "file" };
        option.CustomParser = result => Parse(result, name);
        return option;
    }

    /// <summary>Refuses a file that cannot be read as a document: a folder, or nothing at all.</summary>
    /// <param name="source">The file to read.</param>
    /// <exception cref="CliException">It is a folder, or there is nothing there (exit code 1).</exception>
    public static void RequireReadable(FileInfo source)
    {
        if (Directory.Exists(source.FullName))
        {
            throw CliException.BadInput($"{source.FullName} is a folder; give the file to import.");
        }

        if (!source.Exists)
        {
            throw CliException.BadInput($"There is no file {source.FullName}.");
        }
    }

    /// <summary>Refuses a place a new file cannot go: a folder, a folder that does not exist, or a file already there without <c>--force</c>.</summary>
    /// <param name="target">The file to write.</param>
    /// <param name="force">Whether an existing file may be replaced.</param>
    /// <exception cref="CliException">The file cannot be written there (exit code 1).</exception>
    public static void RequireWritable(FileInfo target, bool force)
    {
        if (Directory.Exists(target.FullName))
        {
            throw CliException.BadInput($"{target.FullName} is a folder; give the name of a file to write, such as {Path.Combine(target.FullName, "export.json")}.");
        }

        if (target.Directory is { Exists: false } folder)
        {
            throw CliException.BadInput($"The folder {folder.FullName} does not exist; create it first, or choose a file in a folder that does.");
        }

        if (target.Exists && !force)
        {
            throw CliException.BadInput($"{target.FullName} already exists; choose another file or add --force.");
        }
    }

    private static FileInfo? Parse(ArgumentResult result, string name)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            result.AddError($"{name} must name a file; it was empty.");
            return null;
        }

        return new FileInfo(text);
    }
}
