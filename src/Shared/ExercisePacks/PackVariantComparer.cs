namespace Empathy.Shared.ExercisePacks;

/// <summary>
/// Compares a locale variant with its base pack: a variant may translate texts, and nothing else
/// (same pack name, namespace, version, exercises, steps, kinds, numbers, flags and option counts).
/// </summary>
internal static class PackVariantComparer
{
    /// <summary>The first structural difference of a variant, or <see langword="null"/> when it only translates.</summary>
    public static (SourceSpan Span, string What)? FirstDifference(PackSpec basePack, PackSpec variant)
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
            return (variant.Span, $"it has {Count(variant.Exercises.Count, "exercise")}, the base has {PackText.Number(basePack.Exercises.Count)}");
        }

        for (var i = 0; i < variant.Exercises.Count; i++)
        {
            var b = basePack.Exercises[i];
            var v = variant.Exercises[i];
            if (v.Id != b.Id)
            {
                return (v.IdSpan, $"exercise {PackText.Number(i + 1)} is '{v.Id}' here and '{b.Id}' in the base");
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
                return (v.Span, $"{where} has {Count(v.Steps.Count, "step")}, the base has {PackText.Number(b.Steps.Count)}");
            }

            for (var j = 0; j < v.Steps.Count; j++)
            {
                var bs = b.Steps[j];
                var vs = v.Steps[j];
                if (vs.Id != bs.Id)
                {
                    return (vs.IdSpan, $"step {PackText.Number(j + 1)} of {where} is '{vs.Id}' here and '{bs.Id}' in the base");
                }

                var step = $"step '{vs.Id}' of {where}";
                var difference =
                    vs.Kind != bs.Kind ? $"{step} is {Kind(vs.Kind)} step, in the base {Kind(bs.Kind)} step"
                    : vs.Required != bs.Required ? $"{step} has required {Bool(vs.Required)}, the base {Bool(bs.Required)}"
                    : vs.Multiple != bs.Multiple ? $"{step} has multiple {Bool(vs.Multiple)}, the base {Bool(bs.Multiple)}"
                    : vs.Min != bs.Min || vs.Max != bs.Max ? $"{step} runs {PackText.Number(vs.Min)}..{PackText.Number(vs.Max)}, the base {PackText.Number(bs.Min)}..{PackText.Number(bs.Max)}"
                    : vs.Seconds != bs.Seconds ? $"{step} lasts {PackText.Number(vs.Seconds)} seconds, the base {PackText.Number(bs.Seconds)}"
                    : vs.Options.Count != bs.Options.Count ? $"{step} offers {Count(vs.Options.Count, "option")}, the base {PackText.Number(bs.Options.Count)}"
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

    private static string Kind(StepKind kind) => kind == StepKind.Info ? "an info" : "a " + kind.ToString().ToLowerInvariant();

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Quote(string? value) => value is null ? "(none)" : "'" + value + "'";

    private static string Quote(int? value) => value is null ? "(none)" : PackText.Number(value.Value);

    private static string Count(int count, string noun) => PackText.Number(count) + " " + noun + (count == 1 ? string.Empty : "s");
}
