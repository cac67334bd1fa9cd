using System;
using System.Collections.Generic;
using System.Globalization;

namespace Empathy.Shared.ExercisePacks;

/// <summary>
/// Reads the members of one JSON object of a pack: required and optional strings, texts, arrays,
/// booleans and whole numbers, each checked for its type and reported where it is wrong. The
/// parser decides which members a pack, an exercise and a step have; this class reads them.
/// </summary>
internal sealed class PackMemberReader
{
    private readonly PackProblemCollector _problems;

    public PackMemberReader(PackProblemCollector problems) => _problems = problems;

    /// <summary>Indexes an object's members, reporting duplicates and properties not allowed here.</summary>
    public Dictionary<string, PackJsonMember> Members(PackJsonValue node, string context, string[] allowed)
    {
        var members = new Dictionary<string, PackJsonMember>(StringComparer.Ordinal);
        HashSet<string>? present = null;
        foreach (var member in node.Members)
        {
            if (members.ContainsKey(member.Name))
            {
                _problems.Report(PackRules.DuplicateProperty, member.NameSpan, member.Name, PackText.Capitalize(context));
                continue;
            }

            members.Add(member.Name, member);
            if (Array.IndexOf(allowed, member.Name) < 0)
            {
                // A property the object already has is no suggestion: 'Title' beside 'title' is a duplicate, not a typo.
                present ??= NamesOf(node);
                var nearest = PackNameSuggestion.Nearest(member.Name, allowed, present);
                _problems.Report(PackRules.UnknownProperty, member.NameSpan, member.Name, context, string.Join(", ", allowed), PackNameSuggestion.Sentence(nearest));
            }
        }

        return members;
    }

    private static HashSet<string> NamesOf(PackJsonValue node)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in node.Members)
        {
            names.Add(member.Name);
        }

        return names;
    }

    public static string? PeekString(PackJsonValue node, string name)
    {
        foreach (var member in node.Members)
        {
            if (member.Name == name)
            {
                return member.Value.Kind == PackJsonKind.String ? member.Value.Text : null;
            }
        }

        return null;
    }

    public PackJsonValue? Required(Dictionary<string, PackJsonMember> members, string name, PackJsonValue owner, string context)
    {
        if (members.TryGetValue(name, out var member))
        {
            return member.Value;
        }

        _problems.Report(PackRules.MissingProperty, owner.Span, name, PackText.Capitalize(context));
        return null;
    }

    public PackJsonValue? Optional(Dictionary<string, PackJsonMember> members, string name, string context, PackJsonKind kind, string expected)
    {
        if (!members.TryGetValue(name, out var member))
        {
            return null;
        }

        if (member.Value.Kind != kind)
        {
            _problems.Report(PackRules.WrongType, member.Value.Span, name, context, expected, member.Value.Describe());
            return null;
        }

        return member.Value;
    }

    public string? RequiredString(Dictionary<string, PackJsonMember> members, string name, PackJsonValue owner, string context)
    {
        var value = Required(members, name, owner, context);
        if (value is null)
        {
            return null;
        }

        if (value.Kind != PackJsonKind.String)
        {
            _problems.Report(PackRules.WrongType, value.Span, name, context, "a string", value.Describe());
            return null;
        }

        return value.Text;
    }

    public string? OptionalString(Dictionary<string, PackJsonMember> members, string name, string context) =>
        Optional(members, name, context, PackJsonKind.String, "a string")?.Text;

    public TextSpec? RequiredText(Dictionary<string, PackJsonMember> members, string name, PackJsonValue owner, string context)
    {
        var text = RequiredString(members, name, owner, context);
        return text is null ? null : NonBlank(members[name].Value, name, context);
    }

    public TextSpec? OptionalText(Dictionary<string, PackJsonMember> members, string name, string context)
    {
        var value = Optional(members, name, context, PackJsonKind.String, "a string");
        return value is null ? null : NonBlank(value, name, context);
    }

    public TextSpec? NonBlank(PackJsonValue value, string name, string context)
    {
        if (value.Text!.Trim().Length == 0)
        {
            _problems.Report(PackRules.InvalidValue, value.Span, name, context, "must not be blank");
            return null;
        }

        return TextSpec.Of(value.Text);
    }

    public PackJsonValue? RequiredArray(Dictionary<string, PackJsonMember> members, string name, PackJsonValue owner, string context, string atLeast)
    {
        var value = Required(members, name, owner, context);
        if (value is null)
        {
            return null;
        }

        if (value.Kind != PackJsonKind.Array)
        {
            _problems.Report(PackRules.WrongType, value.Span, name, context, "an array", value.Describe());
            return null;
        }

        if (value.Items.Count == 0)
        {
            _problems.Report(PackRules.InvalidValue, value.Span, name, context, "must hold " + atLeast);
            return null;
        }

        return value;
    }

    public bool? OptionalBoolean(Dictionary<string, PackJsonMember> members, string name, string context)
    {
        if (!members.TryGetValue(name, out var member))
        {
            return null;
        }

        switch (member.Value.Kind)
        {
            case PackJsonKind.True:
                return true;
            case PackJsonKind.False:
                return false;
            default:
                _problems.Report(PackRules.WrongType, member.Value.Span, name, context, "true or false", member.Value.Describe());
                return null;
        }
    }

    public int? RequiredInteger(Dictionary<string, PackJsonMember> members, string name, PackJsonValue owner, string context, int? minimum = null)
    {
        var value = Required(members, name, owner, context);
        return value is null ? null : Integer(value, name, context, minimum);
    }

    public int? OptionalInteger(Dictionary<string, PackJsonMember> members, string name, string context, int? minimum = null) =>
        members.TryGetValue(name, out var member) ? Integer(member.Value, name, context, minimum) : null;

    public int? Integer(PackJsonValue value, string name, string context, int? minimum)
    {
        if (value.Kind != PackJsonKind.Number)
        {
            _problems.Report(PackRules.WrongType, value.Span, name, context, "a whole number", value.Describe());
            return null;
        }

        var text = value.Text!;
        if (text.IndexOf('.') >= 0 || text.IndexOf('e') >= 0 || text.IndexOf('E') >= 0)
        {
            _problems.Report(PackRules.WrongType, value.Span, name, context, "a whole number", "a number with a fraction or exponent");
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            // The range named is the field's own (its minimum, when it has one), not the whole of Int32's.
            _problems.Report(PackRules.InvalidValue, value.Span, name, context, $"must be between {PackText.Number(minimum ?? int.MinValue)} and {PackText.Number(int.MaxValue)}; it is {text}");
            return null;
        }

        if (minimum is not null && number < minimum)
        {
            _problems.Report(PackRules.InvalidValue, value.Span, name, context, $"must be at least {PackText.Number(minimum.Value)}; it is {PackText.Number(number)}");
            return null;
        }

        return number;
    }
}
