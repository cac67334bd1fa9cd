using System;
using System.Collections.Generic;
using System.Threading;

namespace Empathy.Shared.ExercisePacks;

/// <summary>
/// Groups pack files into packs (a base file with its <c>.exercises.&lt;culture&gt;.json</c> variants),
/// checks that each variant has its base's structure, and merges the variants' texts in as
/// translations. Also checks what only a set of packs shows: two packs with one name.
/// </summary>
internal static class PackAssembler
{
    /// <summary>Groups and merges parsed files into packs, ordered by base file path.</summary>
    /// <param name="files">Every pack file of a project (or of one download).</param>
    /// <param name="checkTypeNames">
    /// Whether to report packs whose generated classes would collide (same namespace, same exercise
    /// class name): true for the generator, false at run time where no class is generated.
    /// </param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <param name="defaultNamespace">
    /// The namespace the generator gives packs that name none, so that such a pack and one naming that
    /// namespace are compared as neighbours; <see langword="null"/> compares packs by what they name.
    /// </param>
    public static List<PackUnit> Assemble(IEnumerable<ParsedPackFile> files, bool checkTypeNames, CancellationToken cancellationToken = default, string? defaultNamespace = null)
    {
        var bases = new SortedDictionary<string, ParsedPackFile>(StringComparer.OrdinalIgnoreCase);
        var variants = new Dictionary<string, List<ParsedPackFile>>(StringComparer.OrdinalIgnoreCase);
        var units = new List<PackUnit>();
        var caseClashes = new List<(ParsedPackFile Dropped, ParsedPackFile Kept)>();
        foreach (var file in files)
        {
            if (!file.Name.IsVariant)
            {
                if (bases.TryGetValue(file.Name.BasePath, out var first))
                {
                    if (first.Name.Path == file.Name.Path)
                    {
                        continue; // the same file given twice
                    }

                    // Two files whose names differ only in case (a case-sensitive file system holds both):
                    // the one first in ordinal order is the pack, the other is refused.
                    var keep = string.CompareOrdinal(first.Name.Path, file.Name.Path) < 0 ? first : file;
                    caseClashes.Add((keep == first ? file : first, keep));
                    bases[file.Name.BasePath] = keep;
                    continue;
                }

                bases.Add(file.Name.BasePath, file);
            }
            else
            {
                if (!variants.TryGetValue(file.Name.BasePath, out var list))
                {
                    variants[file.Name.BasePath] = list = new List<ParsedPackFile>();
                }

                if (!list.Exists(other => other.Name.Path == file.Name.Path))
                {
                    list.Add(file); // else the same file given twice
                }
            }
        }

        foreach (var pair in bases)
        {
            cancellationToken.ThrowIfCancellationRequested();
            variants.TryGetValue(pair.Key, out var own);
            units.Add(Merge(pair.Value, own ?? new List<ParsedPackFile>()));
        }

        caseClashes.Sort((a, b) => string.CompareOrdinal(a.Dropped.Name.Path, b.Dropped.Name.Path));
        foreach (var (dropped, kept) in caseClashes)
        {
            units.Add(new PackUnit(dropped.Name.Path, null, new EquatableArray<PackProblem>(new[] { CaseClash(dropped, kept) })));
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

        CheckAcrossPacks(units, checkTypeNames, defaultNamespace);
        return units;
    }

    private static PackUnit Merge(ParsedPackFile baseFile, List<ParsedPackFile> variants)
    {
        // By culture, and by path among cultures that differ only in case, so the same file is always the second.
        variants.Sort((a, b) =>
        {
            var byCulture = string.Compare(a.Name.Culture, b.Name.Culture, StringComparison.OrdinalIgnoreCase);
            return byCulture != 0 ? byCulture : string.CompareOrdinal(a.Name.Path, b.Name.Path);
        });
        var problems = new List<PackProblem>(baseFile.Result.Problems);
        var spec = baseFile.Result.Spec;
        var cultures = new List<string>();
        ParsedPackFile? previous = null;
        foreach (var variant in variants)
        {
            problems.AddRange(variant.Result.Problems);
            if (previous is not null && string.Equals(previous.Name.Culture, variant.Name.Culture, StringComparison.OrdinalIgnoreCase))
            {
                // CultureInfo names ignore case: two files would translate one culture twice.
                problems.Add(CaseClash(variant, previous));
                spec = null;
                continue;
            }

            previous = variant;
            var variantSpec = variant.Result.Spec;
            if (spec is null || variantSpec is null)
            {
                spec = null;
                continue;
            }

            try
            {
                var difference = PackVariantComparer.FirstDifference(spec, variantSpec);
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
                problems.Add(PackProblem.Unexpected(variant.Name.Path, error, PackProblem.Stage.ComparingVariant));
                spec = null;
            }
        }

        if (spec is not null)
        {
            spec = spec with { Cultures = new EquatableArray<string>(cultures.ToArray()) };
        }

        return new PackUnit(baseFile.Name.Path, PackProblem.AnyError(problems) ? null : spec, new EquatableArray<PackProblem>(problems.ToArray()));
    }

    /// <summary>EMP0019 at the start of <paramref name="second"/>, naming both files (by their paths when their names are the same).</summary>
    private static PackProblem CaseClash(ParsedPackFile second, ParsedPackFile first)
    {
        var sameName = second.Name.FileName == first.Name.FileName; // then the case differs in a folder
        return PackProblem.Create(PackRules.CaseOnlyDifference, second.Name.Path, SourceSpan.Start,
            sameName ? second.Name.Path : second.Name.FileName, sameName ? first.Name.Path : first.Name.FileName);
    }

    private static void CheckAcrossPacks(List<PackUnit> units, bool checkTypeNames, string? defaultNamespace)
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
                    var key = (spec.Namespace ?? defaultNamespace ?? string.Empty) + "|" + exercise.MemberName;
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
                var key = (spec.Namespace ?? defaultNamespace ?? string.Empty) + "|" + exercise.MemberName;
                if (!typeNames.ContainsKey(key))
                {
                    typeNames.Add(key, units[i]);
                }
            }
        }

        if (checkTypeNames)
        {
            CheckNamespacesAgainstClasses(units, defaultNamespace);
        }
    }

    /// <summary>
    /// Refuses a pack whose namespace is, or lies inside, a class another pack generates
    /// (<c>App.Exercises.KindnessPack</c> beside pack <c>kindness</c> in <c>App.Exercises</c>): C# cannot
    /// hold a namespace and a class of one name, and the build would fail inside generated code.
    /// </summary>
    private static void CheckNamespacesAgainstClasses(List<PackUnit> units, string? defaultNamespace)
    {
        var classes = new Dictionary<string, (PackUnit Unit, string What)>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (unit.Spec is not { } spec || NamespaceOf(spec, defaultNamespace) is not { } ns)
            {
                continue;
            }

            AddClass(classes, ns, spec.ClassName, unit, $"the class of pack '{spec.Name}'");
            foreach (var exercise in spec.Exercises)
            {
                AddClass(classes, ns, exercise.MemberName + "Exercise", unit, $"a class of exercise '{exercise.Id}'");
                AddClass(classes, ns, exercise.MemberName + "Response", unit, $"a class of exercise '{exercise.Id}'");
            }
        }

        for (var i = 0; i < units.Count; i++)
        {
            if (units[i].Spec is not { } spec || NamespaceOf(spec, defaultNamespace) is not { } ns)
            {
                continue;
            }

            foreach (var prefix in NamespaceAndParents(ns))
            {
                if (classes.TryGetValue(prefix, out var owner) && owner.Unit.Path != spec.Path)
                {
                    var reason = $"'{prefix}' is {owner.What} in '{PackFileName.FileNameOf(owner.Unit.Path)}', and a namespace cannot have the name of a class";
                    var problem = spec.Namespace is null
                        ? PackProblem.Create(PackRules.InvalidIdentifier, spec.Path, spec.Span, ns, PackText.DefaultNamespace, reason)
                        : PackProblem.Create(PackRules.InvalidIdentifier, spec.Path, spec.NamespaceSpan, ns, "a namespace", reason);
                    var problems = new List<PackProblem>(units[i].Problems) { problem };
                    units[i] = new PackUnit(units[i].Path, null, new EquatableArray<PackProblem>(problems.ToArray()));
                    break;
                }
            }
        }
    }

    /// <summary><c>A.B.C</c>, then <c>A.B</c>, then <c>A</c>.</summary>
    private static IEnumerable<string> NamespaceAndParents(string ns)
    {
        for (var end = ns.Length; end > 0; end = ns.LastIndexOf('.', end - 1))
        {
            yield return ns.Substring(0, end);
        }
    }

    private static string? NamespaceOf(PackSpec spec, string? defaultNamespace) => spec.Namespace ?? defaultNamespace;

    private static void AddClass(Dictionary<string, (PackUnit Unit, string What)> classes, string ns, string className, PackUnit unit, string what)
    {
        var fullName = ns + "." + className;
        if (!classes.ContainsKey(fullName))
        {
            classes.Add(fullName, (unit, what));
        }
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
}
