using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace Empathy.Shared.ExercisePacks;

/// <summary>One pack file, read on its own: its name and what parsing it found.</summary>
internal sealed record ParsedPackFile(PackFileName Name, PackParseResult Result);

/// <summary>
/// One pack ready to be generated or loaded: its base file merged with its locale variants, and
/// every problem found in any of them. <see cref="Spec"/> is <see langword="null"/> when there is an error.
/// </summary>
internal sealed record PackUnit(string Path, PackSpec? Spec, EquatableArray<PackProblem> Problems)
{
    public bool HasErrors
    {
        get
        {
            foreach (var problem in Problems)
            {
                if (!problem.IsWarning)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

/// <summary>
/// Groups pack files into packs (a base file with its <c>.exercises.&lt;culture&gt;.json</c> variants),
/// checks that each variant has its base's structure, and merges the variants' texts in as
/// translations. Also checks what only a set of packs shows: two packs with one name.
/// </summary>
internal static class PackAssembler
{
    /// <summary>Reads one file; never throws except to honour <paramref name="cancellationToken"/>.</summary>
    public static ParsedPackFile ParseFile(string path, string text, CancellationToken cancellationToken = default)
    {
        var name = PackFileName.TryParse(path) ?? new PackFileName(path, path, null);
        if (name.Culture is not null && !PackFileName.IsValidCultureName(name.Culture))
        {
            return new ParsedPackFile(name, Fail(PackProblem.Create(PackRules.InvalidCulture, path, SourceSpan.Start, name.Culture, name.FileName)));
        }

        try
        {
            return new ParsedPackFile(name, PackParser.Parse(path, text, cancellationToken));
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return new ParsedPackFile(name, Fail(Unexpected(path, error)));
        }
    }

    /// <summary>The problem that stands for a bug in this code, so that a pack never crashes its host.</summary>
    public static PackProblem Unexpected(string? path, Exception error) =>
        PackProblem.Create(PackRules.UnexpectedError, path, SourceSpan.Start, error.GetType().Name + ": " + error.Message);

    /// <summary>Groups and merges parsed files into packs, ordered by base file path.</summary>
    /// <param name="files">Every pack file of a project (or of one download).</param>
    /// <param name="checkTypeNames">
    /// Whether to report packs whose generated classes would collide (same namespace, same exercise
    /// class name): true for the generator, false at run time where no class is generated.
    /// </param>
    /// <param name="cancellationToken">Stops the work.</param>
    public static List<PackUnit> Assemble(IEnumerable<ParsedPackFile> files, bool checkTypeNames, CancellationToken cancellationToken = default)
    {
        var bases = new SortedDictionary<string, ParsedPackFile>(StringComparer.OrdinalIgnoreCase);
        var variants = new Dictionary<string, List<ParsedPackFile>>(StringComparer.OrdinalIgnoreCase);
        var units = new List<PackUnit>();
        foreach (var file in files)
        {
            if (!file.Name.IsVariant)
            {
                if (bases.ContainsKey(file.Name.BasePath))
                {
                    continue; // the same file given twice
                }

                bases.Add(file.Name.BasePath, file);
            }
            else
            {
                if (!variants.TryGetValue(file.Name.BasePath, out var list))
                {
                    variants[file.Name.BasePath] = list = new List<ParsedPackFile>();
                }

                list.Add(file);
            }
        }

        foreach (var pair in bases)
        {
            cancellationToken.ThrowIfCancellationRequested();
            variants.TryGetValue(pair.Key, out var own);
            units.Add(Merge(pair.Value, own ?? new List<ParsedPackFile>()));
        }

        var orphans = new List<ParsedPackFile>();
        foreach (var pair in variants)
        {
            if (!bases.ContainsKey(pair.Key))
            {
                orphans.AddRange(pair.Value);
            }
        }

        orphans.Sort((a, b) => string.CompareOrdinal(a.Name.Path, b.Name.Path));
        foreach (var orphan in orphans)
        {
            var problems = new List<PackProblem>(orphan.Result.Problems);
            if (problems.Exists(p => p.Id == PackRules.InvalidCulture))
            {
                // Not a variant after all: its name is wrong, which is the one thing to fix.
                units.Add(new PackUnit(orphan.Name.Path, null, new EquatableArray<PackProblem>(problems.ToArray())));
                continue;
            }

            problems.Insert(0, PackProblem.Create(
                PackRules.LocaleVariantWithoutBase, orphan.Name.Path, SourceSpan.Start,
                orphan.Name.FileName, orphan.Name.Culture!, PackFileName.FileNameOf(orphan.Name.BasePath)));

            units.Add(new PackUnit(orphan.Name.Path, null, new EquatableArray<PackProblem>(problems.ToArray())));
        }

        CheckAcrossPacks(units, checkTypeNames);
        return units;
    }

    private static PackUnit Merge(ParsedPackFile baseFile, List<ParsedPackFile> variants)
    {
        variants.Sort((a, b) => string.Compare(a.Name.Culture, b.Name.Culture, StringComparison.OrdinalIgnoreCase));
        var problems = new List<PackProblem>(baseFile.Result.Problems);
        var spec = baseFile.Result.Spec;
        var cultures = new List<string>();
        foreach (var variant in variants)
        {
            problems.AddRange(variant.Result.Problems);
            var variantSpec = variant.Result.Spec;
            if (spec is null || variantSpec is null)
            {
                spec = null;
                continue;
            }

            try
            {
                var difference = Compare(spec, variantSpec);
                if (difference is not null)
                {
                    problems.Add(PackProblem.Create(PackRules.LocaleVariantDiffers, variant.Name.Path, difference.Value.Span, variant.Name.Culture!, difference.Value.What));
                    spec = null;
                    continue;
                }

                spec = Translate(spec, variantSpec, variant.Name.Culture!);
                cultures.Add(variant.Name.Culture!);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                problems.Add(Unexpected(variant.Name.Path, error));
                spec = null;
            }
        }

        if (spec is not null)
        {
            spec = spec with { Cultures = new EquatableArray<string>(cultures.ToArray()) };
        }

        return new PackUnit(baseFile.Name.Path, HasError(problems) ? null : spec, new EquatableArray<PackProblem>(problems.ToArray()));
    }

    private static void CheckAcrossPacks(List<PackUnit> units, bool checkTypeNames)
    {
        var packNames = new Dictionary<string, PackUnit>(StringComparer.Ordinal);
        var typeNames = new Dictionary<string, PackUnit>(StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
        {
            var spec = units[i].Spec;
            if (spec is null)
            {
                continue;
            }

            PackProblem? problem = null;
            if (packNames.TryGetValue(spec.ClassName, out var first))
            {
                problem = PackProblem.Create(PackRules.NameCollision, spec.Path, spec.NameSpan, spec.Name, spec.ClassName,
                    $"the pack in '{PackFileName.FileNameOf(first.Path)}' also becomes");
            }
            else if (checkTypeNames)
            {
                foreach (var exercise in spec.Exercises)
                {
                    var key = (spec.Namespace ?? string.Empty) + "|" + exercise.MemberName;
                    if (typeNames.TryGetValue(key, out var other) && other.Path != spec.Path)
                    {
                        problem = PackProblem.Create(PackRules.NameCollision, spec.Path, exercise.IdSpan, exercise.Id, exercise.MemberName + "Exercise",
                            $"an exercise of the pack in '{PackFileName.FileNameOf(other.Path)}' (same namespace) also becomes");
                        break;
                    }
                }
            }

            if (problem is not null)
            {
                var problems = new List<PackProblem>(units[i].Problems) { problem };
                units[i] = new PackUnit(units[i].Path, null, new EquatableArray<PackProblem>(problems.ToArray()));
                continue;
            }

            packNames.Add(spec.ClassName, units[i]);
            foreach (var exercise in spec.Exercises)
            {
                var key = (spec.Namespace ?? string.Empty) + "|" + exercise.MemberName;
                if (!typeNames.ContainsKey(key))
                {
                    typeNames.Add(key, units[i]);
                }
            }
        }
    }

    /// <summary>The first structural difference of a variant, or <see langword="null"/> when it only translates.</summary>
    private static (SourceSpan Span, string What)? Compare(PackSpec basePack, PackSpec variant)
    {
        if (variant.Name != basePack.Name)
        {
            return (variant.NameSpan, $"its pack name is '{variant.Name}', the base's is '{basePack.Name}'");
        }

        if (variant.Namespace != basePack.Namespace)
        {
            return (variant.NamespaceSpan, $"its namespace is {Quote(variant.Namespace)}, the base's is {Quote(basePack.Namespace)}");
        }

        if (variant.Version != basePack.Version)
        {
            return (variant.Span, $"its version is {Quote(variant.Version)}, the base's is {Quote(basePack.Version)}");
        }

        if (variant.Exercises.Count != basePack.Exercises.Count)
        {
            return (variant.Span, $"it has {Count(variant.Exercises.Count, "exercise")}, the base has {Format(basePack.Exercises.Count)}");
        }

        for (var i = 0; i < variant.Exercises.Count; i++)
        {
            var b = basePack.Exercises[i];
            var v = variant.Exercises[i];
            if (v.Id != b.Id)
            {
                return (v.IdSpan, $"exercise {Format(i + 1)} is '{v.Id}' here and '{b.Id}' in the base");
            }

            var where = $"exercise '{v.Id}'";
            if (!v.Components.Equals(b.Components))
            {
                return (v.Span, $"{where} lists components [{string.Join(", ", v.Components)}], the base lists [{string.Join(", ", b.Components)}]");
            }

            if (v.Minutes != b.Minutes)
            {
                return (v.Span, $"{where} takes {Quote(v.Minutes)} minutes, the base says {Quote(b.Minutes)}");
            }

            if (v.Caution is not null && b.Caution is null)
            {
                return (v.Span, $"{where} has a caution the base does not have");
            }

            if (v.Steps.Count != b.Steps.Count)
            {
                return (v.Span, $"{where} has {Count(v.Steps.Count, "step")}, the base has {Format(b.Steps.Count)}");
            }

            for (var j = 0; j < v.Steps.Count; j++)
            {
                var bs = b.Steps[j];
                var vs = v.Steps[j];
                if (vs.Id != bs.Id)
                {
                    return (vs.IdSpan, $"step {Format(j + 1)} of {where} is '{vs.Id}' here and '{bs.Id}' in the base");
                }

                var step = $"step '{vs.Id}' of {where}";
                var difference =
                    vs.Kind != bs.Kind ? $"{step} is {Kind(vs.Kind)} step, in the base {Kind(bs.Kind)} step"
                    : vs.Required != bs.Required ? $"{step} has required {Bool(vs.Required)}, the base {Bool(bs.Required)}"
                    : vs.Multiple != bs.Multiple ? $"{step} has multiple {Bool(vs.Multiple)}, the base {Bool(bs.Multiple)}"
                    : vs.Min != bs.Min || vs.Max != bs.Max ? $"{step} runs {Format(vs.Min)}..{Format(vs.Max)}, the base {Format(bs.Min)}..{Format(bs.Max)}"
                    : vs.Seconds != bs.Seconds ? $"{step} lasts {Format(vs.Seconds)} seconds, the base {Format(bs.Seconds)}"
                    : vs.Options.Count != bs.Options.Count ? $"{step} offers {Count(vs.Options.Count, "option")}, the base {Format(bs.Options.Count)}"
                    : vs.Hint is not null && bs.Hint is null ? $"{step} has a hint the base does not have"
                    : null;
                if (difference is not null)
                {
                    return (vs.Span, difference);
                }
            }
        }

        return null;
    }

    /// <summary>Adds a variant's texts to the base's as translations into <paramref name="culture"/>.</summary>
    private static PackSpec Translate(PackSpec basePack, PackSpec variant, string culture)
    {
        var exercises = new ExerciseSpec[basePack.Exercises.Count];
        for (var i = 0; i < exercises.Length; i++)
        {
            var b = basePack.Exercises[i];
            var v = variant.Exercises[i];
            var steps = new StepSpec[b.Steps.Count];
            for (var j = 0; j < steps.Length; j++)
            {
                var bs = b.Steps[j];
                var vs = v.Steps[j];
                var options = new TextSpec[bs.Options.Count];
                for (var k = 0; k < options.Length; k++)
                {
                    options[k] = With(bs.Options[k], vs.Options[k], culture)!;
                }

                steps[j] = bs with
                {
                    Prompt = With(bs.Prompt, vs.Prompt, culture)!,
                    Hint = With(bs.Hint, vs.Hint, culture),
                    Options = new EquatableArray<TextSpec>(options),
                };
            }

            exercises[i] = b with
            {
                Title = With(b.Title, v.Title, culture)!,
                Summary = With(b.Summary, v.Summary, culture)!,
                Caution = With(b.Caution, v.Caution, culture),
                Steps = new EquatableArray<StepSpec>(steps),
            };
        }

        return basePack with
        {
            Title = With(basePack.Title, variant.Title, culture)!,
            Exercises = new EquatableArray<ExerciseSpec>(exercises),
        };
    }

    private static TextSpec? With(TextSpec? baseText, TextSpec? variantText, string culture)
    {
        if (baseText is null || variantText is null)
        {
            return baseText;
        }

        var translations = new List<TextTranslation>(baseText.Translations) { new(culture, variantText.Invariant) };
        return baseText with { Translations = new EquatableArray<TextTranslation>(translations.ToArray()) };
    }

    private static PackParseResult Fail(PackProblem problem) => new(null, new EquatableArray<PackProblem>(new[] { problem }));

    private static bool HasError(IEnumerable<PackProblem> problems)
    {
        foreach (var problem in problems)
        {
            if (!problem.IsWarning)
            {
                return true;
            }
        }

        return false;
    }

    private static string Kind(StepKind kind) => kind == StepKind.Info ? "an info" : "a " + kind.ToString().ToLowerInvariant();

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Quote(string? value) => value is null ? "(none)" : "'" + value + "'";

    private static string Quote(int? value) => value is null ? "(none)" : Format(value.Value);

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Count(int count, string noun) => Format(count) + " " + noun + (count == 1 ? string.Empty : "s");
}
