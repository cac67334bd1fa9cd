using Empathy.Core.People;

namespace Empathy.Samples.Web.Practice;

/// <summary>
/// The one check of a person's name as typed (relationships and the boundary map share it), against the library's
/// own rule for <see cref="PersonName"/>: not blank, at most <see cref="PersonName.MaxLength"/> characters after trimming.
/// </summary>
public static class PersonNames
{
    /// <summary>Why <paramref name="name"/> cannot be a <see cref="PersonName"/>, or <see langword="null"/> when it can.</summary>
    public static string? Problem(string? name) => name?.Trim() switch
    {
        null or "" => $"Give the person's name (at most {PersonName.MaxLength} characters).",
        { Length: > PersonName.MaxLength } trimmed => $"A person's name is at most {PersonName.MaxLength} characters; this one has {trimmed.Length}.",
        _ => null,
    };
}
