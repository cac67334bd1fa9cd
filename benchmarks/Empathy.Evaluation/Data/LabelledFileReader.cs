namespace Empathy.Evaluation.Data;

/// <summary>
/// Reads the data folder's format: UTF-8, one item per line, <c>class:subtype&lt;TAB&gt;text</c>, no header.
/// Blank lines are skipped; anything else that does not fit is refused with its file and line.
/// </summary>
internal static class LabelledFileReader
{
    /// <summary>The extension of the data files; other files in the folder (its README) are not data.</summary>
    public const string Extension = ".tsv";

    /// <summary>Reads every data file of a folder, in ordinal name order.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">A line does not fit the format.</exception>
    public static IReadOnlyList<LabelledFile> ReadFolder(string folder, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The data folder '{folder}' does not exist.");
        }

        return [.. Directory.EnumerateFiles(folder, "*" + Extension)
            .Order(StringComparer.Ordinal)
            .Select(path => ReadFile(path, cancellationToken))];
    }

    /// <summary>Reads one data file.</summary>
    /// <exception cref="InvalidDataException">A line does not fit the format.</exception>
    public static LabelledFile ReadFile(string path, CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, Path.GetFileName(path), cancellationToken);
    }

    /// <summary>Reads data in the folder's format from a reader.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="name">The file name, for the result and for error messages.</param>
    /// <param name="cancellationToken">Stops reading between lines.</param>
    /// <exception cref="InvalidDataException">A line does not fit the format.</exception>
    public static LabelledFile Read(TextReader reader, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);

        var items = new List<LabelledItem>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            items.Add(Parse(line, name, lineNumber));
        }

        return new LabelledFile(name, items);
    }

    private static LabelledItem Parse(string line, string name, int lineNumber)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        if (tab < 0)
        {
            throw Invalid(name, lineNumber, "has no tab; each line is 'class:subtype<TAB>text'");
        }

        var label = line[..tab].Trim();
        var text = line[(tab + 1)..].Trim();
        var colon = label.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == label.Length - 1)
        {
            throw Invalid(name, lineNumber, $"has the label '{label}'; a label is 'class:subtype', both parts non-empty");
        }

        if (text.Length == 0)
        {
            throw Invalid(name, lineNumber, "has an empty text after the tab");
        }

        return new LabelledItem(lineNumber, label[..colon], label[(colon + 1)..], text);
    }

    private static InvalidDataException Invalid(string name, int lineNumber, string problem) =>
        new($"{name} line {lineNumber} {problem}.");
}
