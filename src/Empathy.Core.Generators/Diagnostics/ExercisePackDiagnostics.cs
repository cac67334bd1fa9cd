using System.Collections.Generic;
using Empathy.Shared.ExercisePacks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Empathy.Core.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the exercise pack generator reports, in one place. Ids, titles and messages come
/// from the shared <see cref="PackRules"/>, so the runtime loader reports the same ones.
/// </summary>
internal static class ExercisePackDiagnostics
{
    private const string HelpRoot = "docs/diagnostics/";

    public static readonly DiagnosticDescriptor InvalidJson = new(PackRules.InvalidJson, PackRules.InvalidJsonTitle, PackRules.InvalidJsonMessage, PackRules.Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpRoot + PackRules.InvalidJson + ".md");

    public static readonly DiagnosticDescriptor MissingProperty = new(PackRules.MissingProperty, PackRules.MissingPropertyTitle, PackRules.MissingPropertyMessage, PackRules.Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpRoot + PackRules.MissingProperty + ".md");

    public static readonly DiagnosticDescriptor WrongType = new(PackRules.WrongType, PackRules.WrongTypeTitle, PackRules.WrongTypeMessage, PackRules.Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpRoot + PackRules.WrongType + ".md");

    public static readonly DiagnosticDescriptor UnknownStepKind = new(PackRules.UnknownStepKind, PackRules.UnknownStepKindTitle, PackRules.UnknownStepKindMessage, PackRules.Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpRoot + PackRules.UnknownStepKind + ".md");

    public static readonly DiagnosticDescriptor UnknownComponent = new(PackRules.UnknownComponent, PackRules.UnknownComponentTitle, PackRules.UnknownComponentMessage, PackRules.Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpRoot + PackRules.UnknownComponent + ".md");

    public static readonly DiagnosticDescriptor DuplicateExerciseId = new(PackRules.DuplicateExerciseId, PackRules.DuplicateExerciseIdTitle, PackRules.DuplicateExerciseIdMessage, PackRules.Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpRoot + PackRules.DuplicateExerciseId + ".md");

    public static readonly DiagnosticDescriptor DuplicateStepId = new(PackRules.DuplicateStepId, PackRules.DuplicateStepIdTitle, PackRules.DuplicateStepIdMessage, PackRules.Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpRoot + PackRules.DuplicateStepId + ".md");

    public static readonly DiagnosticDescriptor NameCollision = new(PackRules.NameCollision, PackRules.NameCollisionTitle, PackRules.NameCollisionMessage, PackRules.Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpRoot + PackRules.NameCollision + ".md");

    public static readonly DiagnosticDescriptor InvalidIdentifier = new(PackRules.InvalidIdentifier, PackRules.InvalidIdentifierTitle, PackRules.InvalidIdentifierMessage, PackRules.Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpRoot + PackRules.InvalidIdentifier + ".md");

    public static readonly DiagnosticDescriptor ScaleMinAboveMax = new(PackRules.ScaleMinAboveMax, PackRules.ScaleMinAboveMaxTitle, PackRules.ScaleMinAboveMaxMessage, PackRules.Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpRoot + PackRules.ScaleMinAboveMax + ".md");

    public static readonly DiagnosticDescriptor ChoiceWithoutOptions = new(PackRules.ChoiceWithoutOptions, PackRules.ChoiceWithoutOptionsTitle, PackRules.ChoiceWithoutOptionsMessage, PackRules.Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpRoot + PackRules.ChoiceWithoutOptions + ".md");

    public static readonly DiagnosticDescriptor UnknownProperty = new(PackRules.UnknownProperty, PackRules.UnknownPropertyTitle, PackRules.UnknownPropertyMessage, PackRules.Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpRoot + PackRules.UnknownProperty + ".md");

    public static readonly DiagnosticDescriptor LocaleVariantDiffers = new(PackRules.LocaleVariantDiffers, PackRules.LocaleVariantDiffersTitle, PackRules.LocaleVariantDiffersMessage, PackRules.Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpRoot + PackRules.LocaleVariantDiffers + ".md");

    public static readonly DiagnosticDescriptor InvalidValue = new(PackRules.InvalidValue, PackRules.InvalidValueTitle, PackRules.InvalidValueMessage, PackRules.Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpRoot + PackRules.InvalidValue + ".md");

    public static readonly DiagnosticDescriptor LocaleVariantWithoutBase = new(PackRules.LocaleVariantWithoutBase, PackRules.LocaleVariantWithoutBaseTitle, PackRules.LocaleVariantWithoutBaseMessage, PackRules.Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpRoot + PackRules.LocaleVariantWithoutBase + ".md");

    public static readonly DiagnosticDescriptor InvalidCulture = new(PackRules.InvalidCulture, PackRules.InvalidCultureTitle, PackRules.InvalidCultureMessage, PackRules.Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpRoot + PackRules.InvalidCulture + ".md");

    public static readonly DiagnosticDescriptor DuplicateProperty = new(PackRules.DuplicateProperty, PackRules.DuplicatePropertyTitle, PackRules.DuplicatePropertyMessage, PackRules.Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpRoot + PackRules.DuplicateProperty + ".md");

    public static readonly DiagnosticDescriptor UnexpectedError = new(PackRules.UnexpectedError, PackRules.UnexpectedErrorTitle, PackRules.UnexpectedErrorMessage, PackRules.Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpRoot + PackRules.UnexpectedError + ".md");

    /// <summary>Every descriptor, by id.</summary>
    public static IReadOnlyDictionary<string, DiagnosticDescriptor> ById { get; } = Index(
        InvalidJson, MissingProperty, WrongType, UnknownStepKind, UnknownComponent, DuplicateExerciseId, DuplicateStepId,
        NameCollision, InvalidIdentifier, ScaleMinAboveMax, ChoiceWithoutOptions, UnknownProperty, LocaleVariantDiffers,
        InvalidValue, LocaleVariantWithoutBase, InvalidCulture, DuplicateProperty, UnexpectedError);

    /// <summary>Turns a shared problem into a diagnostic located in its JSON file.</summary>
    public static Diagnostic ToDiagnostic(PackProblem problem)
    {
        if (!ById.TryGetValue(problem.Id, out var descriptor))
        {
            descriptor = UnexpectedError;
        }

        return Diagnostic.Create(descriptor, ToLocation(problem), problem.ToObjects());
    }

    private static Location ToLocation(PackProblem problem)
    {
        if (string.IsNullOrEmpty(problem.Path))
        {
            return Location.None;
        }

        var span = problem.Span;
        var start = new LinePosition(span.Line - 1, span.Column - 1);
        var end = new LinePosition(span.Line - 1, span.Column - 1 + span.Length);
        return Location.Create(problem.Path!, new TextSpan(span.Offset, span.Length), new LinePositionSpan(start, end));
    }

    private static Dictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] descriptors)
    {
        var index = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var descriptor in descriptors)
        {
            index.Add(descriptor.Id, descriptor);
        }

        return index;
    }
}
