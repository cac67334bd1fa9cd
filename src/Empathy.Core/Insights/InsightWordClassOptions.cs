namespace Empathy.Core.Insights;

/// <summary>
/// Changes to one word class of a built-in lexicon (such as <c>label</c>, the judgement labels that
/// several rules share through <c>{label}</c>): entries added, removed or replaced.
/// </summary>
/// <remarks>Mutable configuration, read when an analyser is built; validated by <see cref="InsightOptions.Validate"/>.</remarks>
public sealed class InsightWordClassOptions
{
    /// <summary>Starts an empty set of changes to a word class.</summary>
    /// <param name="name">The class name, such as <c>label</c>.</param>
    /// <param name="language">The lexicon's language; <see langword="null"/> for <see cref="InsightOptions.Language"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public InsightWordClassOptions(string name, string? language = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A word class name is required, such as 'label'.", nameof(name));
        }

        Name = name.Trim();
        Language = string.IsNullOrWhiteSpace(language) ? null : language.Trim().ToLowerInvariant();
    }

    /// <summary>The class name.</summary>
    public string Name { get; }

    /// <summary>The lexicon's language, or <see langword="null"/> for <see cref="InsightOptions.Language"/>.</summary>
    public string? Language { get; }

    /// <summary>Entries to add.</summary>
    public IList<string> AddedEntries { get; } = [];

    /// <summary>Entries to remove, written as in the lexicon.</summary>
    public IList<string> RemovedEntries { get; } = [];

    /// <summary>When set, the class's entries are replaced by these (before additions and removals). A new class needs this or additions.</summary>
    public IList<string>? ReplacementEntries { get; set; }

    /// <summary>Adds entries.</summary>
    /// <param name="entries">The entries (a word or a few words each).</param>
    /// <returns>These options, for chaining.</returns>
    public InsightWordClassOptions Add(params string[] entries)
    {
        foreach (var entry in entries)
        {
            AddedEntries.Add(entry);
        }

        return this;
    }

    /// <summary>Removes entries.</summary>
    /// <param name="entries">The entries, written as in the lexicon.</param>
    /// <returns>These options, for chaining.</returns>
    public InsightWordClassOptions Remove(params string[] entries)
    {
        foreach (var entry in entries)
        {
            RemovedEntries.Add(entry);
        }

        return this;
    }

    /// <summary>Replaces all of the class's entries.</summary>
    /// <param name="entries">The new entries.</param>
    /// <returns>These options, for chaining.</returns>
    public InsightWordClassOptions Replace(params string[] entries)
    {
        ReplacementEntries = [.. entries];
        return this;
    }

    /// <summary>A copy of these changes for <paramref name="language"/>'s lexicon (its lists copied too).</summary>
    internal InsightWordClassOptions CopyFor(string language)
    {
        var copy = new InsightWordClassOptions(Name, language)
        {
            ReplacementEntries = ReplacementEntries is null ? null : [.. ReplacementEntries],
        };
        foreach (var entry in AddedEntries)
        {
            copy.AddedEntries.Add(entry);
        }

        foreach (var entry in RemovedEntries)
        {
            copy.RemovedEntries.Add(entry);
        }

        return copy;
    }
}
