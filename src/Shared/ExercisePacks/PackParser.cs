using System;
using System.Collections.Generic;
using System.Threading;

namespace Empathy.Shared.ExercisePacks;

/// <summary>
/// Reads one pack file into a <see cref="PackSpec"/>, applying every rule that one file can break
/// (the rules that compare files live in <see cref="PackAssembler"/>; the members of each object are
/// read by <see cref="PackMemberReader"/>). It reports all problems it
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
    private readonly PackProblemCollector _problems;
    private readonly PackMemberReader _read;

    private PackParser(string? path, CancellationToken cancellationToken)
    {
        _path = path;
        _cancellationToken = cancellationToken;
        _problems = new PackProblemCollector(path);
        _read = new PackMemberReader(_problems);
    }

    /// <summary>Reads one file of a project or a download, named as it is (base pack or locale variant); never throws except to honour <paramref name="cancellationToken"/>.</summary>
    public static ParsedPackFile ParseFile(string path, string text, CancellationToken cancellationToken = default) =>
        ParseFile(PackFileName.TryParse(path) ?? new PackFileName(path, path, null), text, cancellationToken);

    /// <summary>Reads one file under the name given (<see cref="PackFileName"/> says whether it is a variant); never throws except to honour <paramref name="cancellationToken"/>.</summary>
    public static ParsedPackFile ParseFile(PackFileName name, string text, CancellationToken cancellationToken = default)
    {
        if (name.Culture is not null && !PackFileName.IsValidCultureName(name.Culture))
        {
            return ParsedPackFile.Failed(name, PackProblem.Create(PackRules.InvalidCulture, name.Path, SourceSpan.Start, name.Culture, name.FileName));
        }

        if (PackSize.IsTooLarge(text))
        {
            return ParsedPackFile.Failed(name, PackSize.TooLarge(name.Path));
        }

        var replaced = PackEncoding.FindReplacementCharacter(text);
        if (replaced is not null)
        {
            return ParsedPackFile.Failed(name, PackProblem.Create(PackRules.InvalidJson, name.Path, replaced.ErrorSpan, replaced.Error ?? "the file is not UTF-8"));
        }

        try
        {
            return new ParsedPackFile(name, Parse(name.Path, text, cancellationToken));
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return ParsedPackFile.Failed(name, PackProblem.Unexpected(name.Path, error, PackProblem.Stage.Checking));
        }
    }

    /// <summary>
    /// Reads one file from its bytes, which must be UTF-8 (see <see cref="PackEncoding"/>); a file that
    /// is not is one EMP0001 at its first bad byte, and one above <see cref="PackSize.MaxBytes"/> is EMP0020. Never throws except to honour <paramref name="cancellationToken"/>.
    /// </summary>
    public static ParsedPackFile ParseFile(PackFileName name, byte[] bytes, CancellationToken cancellationToken = default)
    {
        if (PackSize.IsTooLarge(bytes.Length, PackEncoding.Utf8ByteOrderMarkLength(bytes, bytes.Length)))
        {
            return ParsedPackFile.Failed(name, PackSize.TooLarge(name.Path));
        }

        var decoded = PackEncoding.Decode(bytes);
        return decoded.Text is null
            ? ParsedPackFile.Failed(name, PackProblem.Create(PackRules.InvalidJson, name.Path, decoded.ErrorSpan, decoded.Error ?? "the file is not UTF-8"))
            : ParseFile(name, decoded.Text, cancellationToken);
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
            return parser._problems.Result(null);
        }

        var spec = parser.ReadPack(read.Root);
        return parser._problems.Result(spec);
    }

    private void Report(string id, SourceSpan span, params string[] arguments) => _problems.Report(id, span, arguments);

    private PackSpec? ReadPack(PackJsonValue root)
    {
        if (root.Kind != PackJsonKind.Object)
        {
            Report(PackRules.WrongType, root.Span, "(root)", "the file", "an object", root.Describe());
            return null;
        }

        const string context = "the pack";
        var members = _read.Members(root, context, PackProperties);
        _read.Optional(members, "$schema", context, PackJsonKind.String, "a string");

        var name = _read.RequiredString(members, "pack", root, context);
        var nameSpan = members.TryGetValue("pack", out var nameMember) ? nameMember.Value.Span : root.Span;
        if (name is not null && !PackNames.IsValidId(name, out var nameReason))
        {
            Report(PackRules.InvalidIdentifier, nameSpan, name, "a pack name", nameReason);
            name = null;
        }

        var ns = _read.OptionalString(members, "namespace", context);
        var namespaceSpan = members.TryGetValue("namespace", out var nsMember) ? nsMember.Value.Span : root.Span;
        if (ns is not null && !PackNames.IsValidPackNamespace(ns, out var nsReason))
        {
            Report(PackRules.InvalidIdentifier, namespaceSpan, ns, "a namespace", nsReason);
        }

        var title = _read.RequiredText(members, "title", root, context);
        var version = _read.OptionalString(members, "version", context);
        if (version is not null && version.Trim().Length == 0)
        {
            Report(PackRules.InvalidValue, members["version"].Value.Span, "version", context, "must not be blank");
        }
        else if (version is not null && !PackVersion.IsValid(version, out var versionReason))
        {
            Report(PackRules.InvalidValue, members["version"].Value.Span, "version", context, PackVersion.Rule + "; " + versionReason);
        }

        var exercises = new List<ExerciseSpec>();
        var array = _read.RequiredArray(members, "exercises", root, context, "at least one exercise");
        if (array is not null)
        {
            var className = name is null ? null : PackNames.ToPascalCase(name) + "Pack";
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var memberNames = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < array.Items.Count; i++)
            {
                var item = array.Items[i];
                if (item.Kind != PackJsonKind.Object)
                {
                    Report(PackRules.WrongType, item.Span, PackText.Indexed("exercises", i), context, "an object", item.Describe());
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

    private ExerciseSpec? ReadExercise(PackJsonValue node, int index)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var id = PackMemberReader.PeekString(node, "id");
        var context = id is null ? PackText.Indexed("exercises", index) : $"exercise '{id}'";
        var members = _read.Members(node, context, ExerciseProperties);

        id = _read.RequiredString(members, "id", node, context);
        var idSpan = members.TryGetValue("id", out var idMember) ? idMember.Value.Span : node.Span;
        var idIsValid = id is not null && CheckId(id, idSpan, "an exercise id");

        var title = _read.RequiredText(members, "title", node, context);
        var summary = _read.RequiredText(members, "summary", node, context);
        var components = ReadComponents(members, node, context);
        var minutes = _read.OptionalInteger(members, "minutes", context, minimum: 1);
        var caution = _read.OptionalText(members, "caution", context);

        var steps = new List<StepSpec>();
        var array = _read.RequiredArray(members, "steps", node, context, "at least one step");
        if (array is not null)
        {
            var exerciseName = id is not null && idIsValid ? PackNames.ToPascalCase(id) : null;
            var stepIds = new HashSet<string>(StringComparer.Ordinal);
            var memberNames = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < array.Items.Count; i++)
            {
                var item = array.Items[i];
                if (item.Kind != PackJsonKind.Object)
                {
                    Report(PackRules.WrongType, item.Span, PackText.Indexed("steps", i), context, "an object", item.Describe());
                    continue;
                }

                var step = ReadStep(item, i, id ?? PackText.Indexed("exercises", index));
                if (step is null)
                {
                    continue;
                }

                if (!stepIds.Add(step.Id))
                {
                    Report(PackRules.DuplicateStepId, step.IdSpan, step.Id, id ?? PackText.Indexed("exercises", index));
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

    private EquatableArray<string>? ReadComponents(Dictionary<string, PackJsonMember> members, PackJsonValue node, string context)
    {
        var array = _read.RequiredArray(members, "components", node, context, "at least one component (cognitive, affective, concern)");
        if (array is null)
        {
            return null;
        }

        var components = new List<string>();
        var ok = true;
        for (var i = 0; i < array.Items.Count; i++)
        {
            var item = array.Items[i];
            if (item.Kind != PackJsonKind.String)
            {
                Report(PackRules.WrongType, item.Span, PackText.Indexed("components", i), context, "a string", item.Describe());
                ok = false;
            }
            else if (Array.IndexOf(ComponentNames, item.Text) < 0)
            {
                Report(PackRules.UnknownComponent, item.Span, item.Text!, context);
                ok = false;
            }
            else if (components.Contains(item.Text!))
            {
                Report(PackRules.InvalidValue, item.Span, PackText.Indexed("components", i), context, $"repeats '{item.Text}'; list each component once");
                ok = false;
            }
            else
            {
                components.Add(item.Text!);
            }
        }

        return ok ? new EquatableArray<string>(components.ToArray()) : null;
    }

    private StepSpec? ReadStep(PackJsonValue node, int index, string exerciseId)
    {
        var id = PackMemberReader.PeekString(node, "id");
        var context = id is null ? $"{PackText.Indexed("steps", index)} of exercise '{exerciseId}'" : $"step '{id}' of exercise '{exerciseId}'";
        var kindText = PackMemberReader.PeekString(node, "kind");
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
        var members = _read.Members(node, kind is null ? context : $"{context} ({(kind == StepKind.Info ? "an" : "a")} {kindText} step)", allowed);

        id = _read.RequiredString(members, "id", node, context);
        var idSpan = members.TryGetValue("id", out var idMember) ? idMember.Value.Span : node.Span;
        var idIsValid = id is not null && CheckId(id, idSpan, "a step id");

        var kindValue = _read.RequiredString(members, "kind", node, context);
        if (kindValue is not null && kind is null)
        {
            Report(PackRules.UnknownStepKind, members["kind"].Value.Span, kindValue, context);
        }

        var prompt = _read.RequiredText(members, "prompt", node, context);
        var hint = _read.OptionalText(members, "hint", context);
        var required = false;
        var multiple = false;
        int min = 0, max = 0, seconds = 0;
        var options = EquatableArray<TextSpec>.Empty;
        var ok = true;

        if (kind is StepKind.Text or StepKind.Choice or StepKind.Scale)
        {
            required = _read.OptionalBoolean(members, "required", context) ?? false;
        }

        if (kind == StepKind.Choice)
        {
            multiple = _read.OptionalBoolean(members, "multiple", context) ?? false;
            var read = ReadOptions(members, node, context, id ?? PackText.Indexed("steps", index));
            ok &= read is not null;
            options = read ?? options;
        }
        else if (kind == StepKind.Scale)
        {
            var minValue = _read.RequiredInteger(members, "min", node, context);
            var maxValue = _read.RequiredInteger(members, "max", node, context);
            if (minValue is not null && maxValue is not null && minValue > maxValue)
            {
                Report(PackRules.ScaleMinAboveMax, members["min"].Value.Span, id ?? PackText.Indexed("steps", index), PackText.Number(minValue.Value), PackText.Number(maxValue.Value));
                ok = false;
            }

            ok &= minValue is not null && maxValue is not null;
            min = minValue ?? 0;
            max = maxValue ?? 0;
        }
        else if (kind == StepKind.Timer)
        {
            var value = _read.RequiredInteger(members, "seconds", node, context, minimum: 1);
            ok &= value is not null;
            seconds = value ?? 0;
        }

        if (!ok || id is null || !idIsValid || kind is null || prompt is null)
        {
            return null;
        }

        return new StepSpec(id, kind.Value, prompt, hint, required, options, multiple, min, max, seconds, node.Span, idSpan);
    }

    private EquatableArray<TextSpec>? ReadOptions(Dictionary<string, PackJsonMember> members, PackJsonValue node, string context, string stepId)
    {
        if (!members.TryGetValue("options", out var member))
        {
            Report(PackRules.ChoiceWithoutOptions, node.Span, stepId);
            return null;
        }

        var array = member.Value;
        if (array.Kind != PackJsonKind.Array)
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
            if (item.Kind != PackJsonKind.String)
            {
                Report(PackRules.WrongType, item.Span, PackText.Indexed("options", i), context, "a string", item.Describe());
                ok = false;
            }
            else if (item.Text!.Trim().Length == 0)
            {
                Report(PackRules.InvalidValue, item.Span, PackText.Indexed("options", i), context, "must not be blank");
                ok = false;
            }
            else if (!seen.Add(item.Text))
            {
                Report(PackRules.InvalidValue, item.Span, PackText.Indexed("options", i), context, $"repeats '{item.Text}'; offer each option once");
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
}
