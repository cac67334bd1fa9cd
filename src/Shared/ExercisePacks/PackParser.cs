using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace Empathy.Shared.ExercisePacks;

/// <summary>The outcome of parsing one pack file: the pack when it has no errors, and every problem found.</summary>
internal sealed record PackParseResult(PackSpec? Spec, EquatableArray<PackProblem> Problems);

/// <summary>
/// Reads one pack file into a <see cref="PackSpec"/>, applying every rule that one file can break
/// (the rules that compare files live in <see cref="PackAssembler"/>). It reports all problems it
/// finds rather than stopping at the first, and never throws on bad input.
/// </summary>
internal sealed class PackParser
{
    private static readonly string[] PackProperties = { "$schema", "pack", "namespace", "title", "version", "exercises" };
    private static readonly string[] ExerciseProperties = { "id", "title", "summary", "components", "minutes", "caution", "steps" };
    private static readonly string[] AnyStepProperties = { "id", "kind", "prompt", "hint", "required", "options", "multiple", "min", "max", "seconds" };
    private static readonly string[] InfoStepProperties = { "id", "kind", "prompt", "hint" };
    private static readonly string[] TextStepProperties = { "id", "kind", "prompt", "hint", "required" };
    private static readonly string[] ChoiceStepProperties = { "id", "kind", "prompt", "hint", "required", "options", "multiple" };
    private static readonly string[] ScaleStepProperties = { "id", "kind", "prompt", "hint", "required", "min", "max" };
    private static readonly string[] TimerStepProperties = { "id", "kind", "prompt", "hint", "seconds" };
    private static readonly string[] ComponentNames = { "cognitive", "affective", "concern" };

    private readonly string? _path;
    private readonly CancellationToken _cancellationToken;
    private readonly List<PackProblem> _problems = new();
    private bool _hasErrors;

    private PackParser(string? path, CancellationToken cancellationToken)
    {
        _path = path;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Parses and checks one pack file.</summary>
    /// <param name="path">The file's path, carried into problems; <see langword="null"/> when unknown.</param>
    /// <param name="text">The file's text.</param>
    /// <param name="cancellationToken">Stops a long parse.</param>
    public static PackParseResult Parse(string? path, string text, CancellationToken cancellationToken = default)
    {
        var parser = new PackParser(path, cancellationToken);
        var read = PackJsonReader.Read(text, cancellationToken);
        if (read.Root is null)
        {
            parser.Report(PackRules.InvalidJson, read.ErrorSpan, read.Error ?? "unknown error");
            return parser.Result(null);
        }

        var spec = parser.ReadPack(read.Root);
        return parser.Result(spec);
    }

    private PackParseResult Result(PackSpec? spec) =>
        new(_hasErrors ? null : spec, new EquatableArray<PackProblem>(_problems.ToArray()));

    private void Report(string id, SourceSpan span, params string[] arguments)
    {
        _problems.Add(PackProblem.Create(id, _path, span, arguments));
        _hasErrors |= !PackRules.IsWarning(id);
    }

    private PackSpec? ReadPack(JsonNode root)
    {
        if (root.Kind != JsonNodeKind.Object)
        {
            Report(PackRules.WrongType, root.Span, "(root)", "the file", "an object", root.Describe());
            return null;
        }

        const string context = "the pack";
        var members = Members(root, context, PackProperties);
        Optional(members, "$schema", context, JsonNodeKind.String, "a string");

        var name = RequiredString(members, "pack", root, context);
        var nameSpan = members.TryGetValue("pack", out var nameMember) ? nameMember.Value.Span : root.Span;
        if (name is not null && !PackNames.IsValidId(name, out var nameReason))
        {
            Report(PackRules.InvalidIdentifier, nameSpan, name, "a pack name", nameReason);
            name = null;
        }

        var ns = OptionalString(members, "namespace", context);
        var namespaceSpan = members.TryGetValue("namespace", out var nsMember) ? nsMember.Value.Span : root.Span;
        if (ns is not null && !PackNames.IsValidPackNamespace(ns, out var nsReason))
        {
            Report(PackRules.InvalidIdentifier, namespaceSpan, ns, "a namespace", nsReason);
        }

        var title = RequiredText(members, "title", root, context);
        var version = OptionalString(members, "version", context);
        if (version is not null && version.Trim().Length == 0)
        {
            Report(PackRules.InvalidValue, members["version"].Value.Span, "version", context, "must not be blank");
        }

        var exercises = new List<ExerciseSpec>();
        var array = RequiredArray(members, "exercises", root, context, "at least one exercise");
        if (array is not null)
        {
            var className = name is null ? null : PackNames.ToPascalCase(name) + "Pack";
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var memberNames = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < array.Items.Count; i++)
            {
                var item = array.Items[i];
                if (item.Kind != JsonNodeKind.Object)
                {
                    Report(PackRules.WrongType, item.Span, Indexed("exercises", i), context, "an object", item.Describe());
                    continue;
                }

                var exercise = ReadExercise(item, i);
                if (exercise is null)
                {
                    continue;
                }

                if (!ids.Add(exercise.Id))
                {
                    Report(PackRules.DuplicateExerciseId, exercise.IdSpan, exercise.Id);
                    continue;
                }

                var memberName = exercise.MemberName;
                if (memberNames.TryGetValue(memberName, out var other))
                {
                    Report(PackRules.NameCollision, exercise.IdSpan, exercise.Id, memberName, $"exercise '{other}' also becomes");
                    continue;
                }

                memberNames.Add(memberName, exercise.Id);
                if (PackNames.PackMembers.Contains(memberName))
                {
                    Report(PackRules.NameCollision, exercise.IdSpan, exercise.Id, memberName, $"is already a member of the generated pack class {className ?? "(pack)"}");
                }
                else if (memberName == className)
                {
                    Report(PackRules.NameCollision, exercise.IdSpan, exercise.Id, memberName, "is the name of the generated pack class");
                }

                exercises.Add(exercise);
            }
        }

        if (name is null || title is null || array is null)
        {
            return null;
        }

        return new PackSpec(
            _path ?? string.Empty,
            name,
            ns,
            title,
            version,
            new EquatableArray<ExerciseSpec>(exercises.ToArray()),
            EquatableArray<string>.Empty,
            root.Span,
            nameSpan,
            namespaceSpan);
    }

    private ExerciseSpec? ReadExercise(JsonNode node, int index)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var id = PeekString(node, "id");
        var context = id is null ? Indexed("exercises", index) : $"exercise '{id}'";
        var members = Members(node, context, ExerciseProperties);

        id = RequiredString(members, "id", node, context);
        var idSpan = members.TryGetValue("id", out var idMember) ? idMember.Value.Span : node.Span;
        var idIsValid = id is not null && CheckId(id, idSpan, "an exercise id");

        var title = RequiredText(members, "title", node, context);
        var summary = RequiredText(members, "summary", node, context);
        var components = ReadComponents(members, node, context);
        var minutes = OptionalInteger(members, "minutes", context, minimum: 1);
        var caution = OptionalText(members, "caution", context);

        var steps = new List<StepSpec>();
        var array = RequiredArray(members, "steps", node, context, "at least one step");
        if (array is not null)
        {
            var exerciseName = id is not null && idIsValid ? PackNames.ToPascalCase(id) : null;
            var stepIds = new HashSet<string>(StringComparer.Ordinal);
            var memberNames = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < array.Items.Count; i++)
            {
                var item = array.Items[i];
                if (item.Kind != JsonNodeKind.Object)
                {
                    Report(PackRules.WrongType, item.Span, Indexed("steps", i), context, "an object", item.Describe());
                    continue;
                }

                var step = ReadStep(item, i, id ?? Indexed("exercises", index));
                if (step is null)
                {
                    continue;
                }

                if (!stepIds.Add(step.Id))
                {
                    Report(PackRules.DuplicateStepId, step.IdSpan, step.Id, id ?? Indexed("exercises", index));
                    continue;
                }

                var memberName = step.MemberName;
                if (memberNames.TryGetValue(memberName, out var other))
                {
                    Report(PackRules.NameCollision, step.IdSpan, step.Id, memberName, $"step '{other}' also becomes");
                    continue;
                }

                memberNames.Add(memberName, step.Id);
                if (PackNames.StepReserved.Contains(memberName))
                {
                    Report(PackRules.NameCollision, step.IdSpan, step.Id, memberName, "is already a member of the generated exercise and response classes");
                }
                else if (exerciseName is not null && (memberName == exerciseName + "Exercise" || memberName == exerciseName + "Response"))
                {
                    Report(PackRules.NameCollision, step.IdSpan, step.Id, memberName, "is the name of the generated class that would hold it");
                }

                steps.Add(step);
            }
        }

        if (id is null || !idIsValid || title is null || summary is null || components is null || array is null)
        {
            return null;
        }

        return new ExerciseSpec(id, title, summary, components.Value, minutes, caution, new EquatableArray<StepSpec>(steps.ToArray()), node.Span, idSpan);
    }

    private EquatableArray<string>? ReadComponents(Dictionary<string, JsonMember> members, JsonNode node, string context)
    {
        var array = RequiredArray(members, "components", node, context, "at least one component (cognitive, affective, concern)");
        if (array is null)
        {
            return null;
        }

        var components = new List<string>();
        var ok = true;
        for (var i = 0; i < array.Items.Count; i++)
        {
            var item = array.Items[i];
            if (item.Kind != JsonNodeKind.String)
            {
                Report(PackRules.WrongType, item.Span, Indexed("components", i), context, "a string", item.Describe());
                ok = false;
            }
            else if (Array.IndexOf(ComponentNames, item.Text) < 0)
            {
                Report(PackRules.UnknownComponent, item.Span, item.Text!, context);
                ok = false;
            }
            else if (components.Contains(item.Text!))
            {
                Report(PackRules.InvalidValue, item.Span, Indexed("components", i), context, $"repeats '{item.Text}'; list each component once");
                ok = false;
            }
            else
            {
                components.Add(item.Text!);
            }
        }

        return ok ? new EquatableArray<string>(components.ToArray()) : null;
    }

    private StepSpec? ReadStep(JsonNode node, int index, string exerciseId)
    {
        var id = PeekString(node, "id");
        var context = id is null ? $"{Indexed("steps", index)} of exercise '{exerciseId}'" : $"step '{id}' of exercise '{exerciseId}'";
        var kindText = PeekString(node, "kind");
        StepKind? kind = kindText switch
        {
            "info" => StepKind.Info,
            "text" => StepKind.Text,
            "choice" => StepKind.Choice,
            "scale" => StepKind.Scale,
            "timer" => StepKind.Timer,
            _ => null,
        };
        var allowed = kind switch
        {
            StepKind.Info => InfoStepProperties,
            StepKind.Text => TextStepProperties,
            StepKind.Choice => ChoiceStepProperties,
            StepKind.Scale => ScaleStepProperties,
            StepKind.Timer => TimerStepProperties,
            _ => AnyStepProperties,
        };
        var members = Members(node, kind is null ? context : $"{context} ({(kind == StepKind.Info ? "an" : "a")} {kindText} step)", allowed);

        id = RequiredString(members, "id", node, context);
        var idSpan = members.TryGetValue("id", out var idMember) ? idMember.Value.Span : node.Span;
        var idIsValid = id is not null && CheckId(id, idSpan, "a step id");

        var kindValue = RequiredString(members, "kind", node, context);
        if (kindValue is not null && kind is null)
        {
            Report(PackRules.UnknownStepKind, members["kind"].Value.Span, kindValue, context);
        }

        var prompt = RequiredText(members, "prompt", node, context);
        var hint = OptionalText(members, "hint", context);
        var required = false;
        var multiple = false;
        int min = 0, max = 0, seconds = 0;
        var options = EquatableArray<TextSpec>.Empty;
        var ok = true;

        if (kind is StepKind.Text or StepKind.Choice or StepKind.Scale)
        {
            required = OptionalBoolean(members, "required", context) ?? false;
        }

        if (kind == StepKind.Choice)
        {
            multiple = OptionalBoolean(members, "multiple", context) ?? false;
            var read = ReadOptions(members, node, context, id ?? Indexed("steps", index));
            ok &= read is not null;
            options = read ?? options;
        }
        else if (kind == StepKind.Scale)
        {
            var minValue = RequiredInteger(members, "min", node, context);
            var maxValue = RequiredInteger(members, "max", node, context);
            if (minValue is not null && maxValue is not null && minValue > maxValue)
            {
                Report(PackRules.ScaleMinAboveMax, members["min"].Value.Span, id ?? Indexed("steps", index), Format(minValue.Value), Format(maxValue.Value));
                ok = false;
            }

            ok &= minValue is not null && maxValue is not null;
            min = minValue ?? 0;
            max = maxValue ?? 0;
        }
        else if (kind == StepKind.Timer)
        {
            var value = RequiredInteger(members, "seconds", node, context, minimum: 1);
            ok &= value is not null;
            seconds = value ?? 0;
        }

        if (!ok || id is null || !idIsValid || kind is null || prompt is null)
        {
            return null;
        }

        return new StepSpec(id, kind.Value, prompt, hint, required, options, multiple, min, max, seconds, node.Span, idSpan);
    }

    private EquatableArray<TextSpec>? ReadOptions(Dictionary<string, JsonMember> members, JsonNode node, string context, string stepId)
    {
        if (!members.TryGetValue("options", out var member))
        {
            Report(PackRules.ChoiceWithoutOptions, node.Span, stepId);
            return null;
        }

        var array = member.Value;
        if (array.Kind != JsonNodeKind.Array)
        {
            Report(PackRules.WrongType, array.Span, "options", context, "an array of strings", array.Describe());
            return null;
        }

        if (array.Items.Count == 0)
        {
            Report(PackRules.ChoiceWithoutOptions, array.Span, stepId);
            return null;
        }

        var options = new List<TextSpec>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ok = true;
        for (var i = 0; i < array.Items.Count; i++)
        {
            var item = array.Items[i];
            if (item.Kind != JsonNodeKind.String)
            {
                Report(PackRules.WrongType, item.Span, Indexed("options", i), context, "a string", item.Describe());
                ok = false;
            }
            else if (item.Text!.Trim().Length == 0)
            {
                Report(PackRules.InvalidValue, item.Span, Indexed("options", i), context, "must not be blank");
                ok = false;
            }
            else if (!seen.Add(item.Text))
            {
                Report(PackRules.InvalidValue, item.Span, Indexed("options", i), context, $"repeats '{item.Text}'; offer each option once");
                ok = false;
            }
            else
            {
                options.Add(TextSpec.Of(item.Text));
            }
        }

        return ok ? new EquatableArray<TextSpec>(options.ToArray()) : null;
    }

    private bool CheckId(string id, SourceSpan span, string what)
    {
        if (PackNames.IsValidId(id, out var reason))
        {
            return true;
        }

        Report(PackRules.InvalidIdentifier, span, id, what, reason);
        return false;
    }

    /// <summary>Indexes an object's members, reporting duplicates and properties not allowed here.</summary>
    private Dictionary<string, JsonMember> Members(JsonNode node, string context, string[] allowed)
    {
        var members = new Dictionary<string, JsonMember>(StringComparer.Ordinal);
        foreach (var member in node.Members)
        {
            if (members.ContainsKey(member.Name))
            {
                Report(PackRules.DuplicateProperty, member.NameSpan, member.Name, Capitalize(context));
                continue;
            }

            members.Add(member.Name, member);
            if (Array.IndexOf(allowed, member.Name) < 0)
            {
                Report(PackRules.UnknownProperty, member.NameSpan, member.Name, context, string.Join(", ", allowed));
            }
        }

        return members;
    }

    private static string? PeekString(JsonNode node, string name)
    {
        foreach (var member in node.Members)
        {
            if (member.Name == name)
            {
                return member.Value.Kind == JsonNodeKind.String ? member.Value.Text : null;
            }
        }

        return null;
    }

    private JsonNode? Required(Dictionary<string, JsonMember> members, string name, JsonNode owner, string context)
    {
        if (members.TryGetValue(name, out var member))
        {
            return member.Value;
        }

        Report(PackRules.MissingProperty, owner.Span, name, Capitalize(context));
        return null;
    }

    private JsonNode? Optional(Dictionary<string, JsonMember> members, string name, string context, JsonNodeKind kind, string expected)
    {
        if (!members.TryGetValue(name, out var member))
        {
            return null;
        }

        if (member.Value.Kind != kind)
        {
            Report(PackRules.WrongType, member.Value.Span, name, context, expected, member.Value.Describe());
            return null;
        }

        return member.Value;
    }

    private string? RequiredString(Dictionary<string, JsonMember> members, string name, JsonNode owner, string context)
    {
        var value = Required(members, name, owner, context);
        if (value is null)
        {
            return null;
        }

        if (value.Kind != JsonNodeKind.String)
        {
            Report(PackRules.WrongType, value.Span, name, context, "a string", value.Describe());
            return null;
        }

        return value.Text;
    }

    private string? OptionalString(Dictionary<string, JsonMember> members, string name, string context) =>
        Optional(members, name, context, JsonNodeKind.String, "a string")?.Text;

    private TextSpec? RequiredText(Dictionary<string, JsonMember> members, string name, JsonNode owner, string context)
    {
        var text = RequiredString(members, name, owner, context);
        return text is null ? null : NonBlank(members[name].Value, name, context);
    }

    private TextSpec? OptionalText(Dictionary<string, JsonMember> members, string name, string context)
    {
        var value = Optional(members, name, context, JsonNodeKind.String, "a string");
        return value is null ? null : NonBlank(value, name, context);
    }

    private TextSpec? NonBlank(JsonNode value, string name, string context)
    {
        if (value.Text!.Trim().Length == 0)
        {
            Report(PackRules.InvalidValue, value.Span, name, context, "must not be blank");
            return null;
        }

        return TextSpec.Of(value.Text);
    }

    private JsonNode? RequiredArray(Dictionary<string, JsonMember> members, string name, JsonNode owner, string context, string atLeast)
    {
        var value = Required(members, name, owner, context);
        if (value is null)
        {
            return null;
        }

        if (value.Kind != JsonNodeKind.Array)
        {
            Report(PackRules.WrongType, value.Span, name, context, "an array", value.Describe());
            return null;
        }

        if (value.Items.Count == 0)
        {
            Report(PackRules.InvalidValue, value.Span, name, context, "must hold " + atLeast);
            return null;
        }

        return value;
    }

    private bool? OptionalBoolean(Dictionary<string, JsonMember> members, string name, string context)
    {
        if (!members.TryGetValue(name, out var member))
        {
            return null;
        }

        switch (member.Value.Kind)
        {
            case JsonNodeKind.True:
                return true;
            case JsonNodeKind.False:
                return false;
            default:
                Report(PackRules.WrongType, member.Value.Span, name, context, "true or false", member.Value.Describe());
                return null;
        }
    }

    private int? RequiredInteger(Dictionary<string, JsonMember> members, string name, JsonNode owner, string context, int? minimum = null)
    {
        var value = Required(members, name, owner, context);
        return value is null ? null : Integer(value, name, context, minimum);
    }

    private int? OptionalInteger(Dictionary<string, JsonMember> members, string name, string context, int? minimum = null) =>
        members.TryGetValue(name, out var member) ? Integer(member.Value, name, context, minimum) : null;

    private int? Integer(JsonNode value, string name, string context, int? minimum)
    {
        if (value.Kind != JsonNodeKind.Number)
        {
            Report(PackRules.WrongType, value.Span, name, context, "a whole number", value.Describe());
            return null;
        }

        var text = value.Text!;
        if (text.IndexOf('.') >= 0 || text.IndexOf('e') >= 0 || text.IndexOf('E') >= 0)
        {
            Report(PackRules.WrongType, value.Span, name, context, "a whole number", "a number with a fraction or exponent");
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            Report(PackRules.InvalidValue, value.Span, name, context, $"must be between {Format(int.MinValue)} and {Format(int.MaxValue)}");
            return null;
        }

        if (minimum is not null && number < minimum)
        {
            Report(PackRules.InvalidValue, value.Span, name, context, $"must be at least {Format(minimum.Value)}; it is {Format(number)}");
            return null;
        }

        return number;
    }

    private static string Indexed(string name, int index) => name + "[" + Format(index) + "]";

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Capitalize(string text) =>
        text.Length == 0 || !char.IsLower(text[0]) ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
