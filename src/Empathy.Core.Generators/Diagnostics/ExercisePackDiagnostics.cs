using System.Collections.Generic;
using Empathy.Shared.ExercisePacks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Empathy.Core.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the exercise pack generator reports, in one place. Ids, titles, messages and
/// severities come from the shared <see cref="PackRules"/> (the one place that says which rule is a
/// warning), so the runtime loader reports the same ones; help links are absolute (<see cref="HelpLinks"/>).
/// </summary>
internal static class ExercisePackDiagnostics
{
    public static readonly DiagnosticDescriptor InvalidJson = new(PackRules.InvalidJson, PackRules.InvalidJsonTitle, PackRules.InvalidJsonMessage, PackRules.Category, SeverityOf(PackRules.InvalidJson), isEnabledByDefault: true, helpLinkUri: HelpLinks.For(PackRules.InvalidJson));

    public static readonly DiagnosticDescriptor MissingProperty = new(PackRules.MissingProperty, PackRules.MissingPropertyTitle, PackRules.MissingPropertyMessage, PackRules.Category, SeverityOf(PackRules.MissingProperty), isEnabledByDefault: true, helpLinkUri: HelpLinks.For(PackRules.MissingProperty));

    public static readonly DiagnosticDescriptor WrongType = new(PackRules.WrongType, PackRules.WrongTypeTitle, PackRules.WrongTypeMessage, PackRules.Category, SeverityOf(PackRules.WrongType), isEnabledByDefault: true, helpLinkUri: HelpLinks.For(PackRules.WrongType));

    public static readonly DiagnosticDescriptor UnknownStepKind = new(PackRules.UnknownStepKind, PackRules.UnknownStepKindTitle, PackRules.UnknownStepKindMessage, PackRules.Category, SeverityOf(PackRules.UnknownStepKind), isEnabledByDefault: true, helpLinkUri: HelpLinks.For(PackRules.UnknownStepKind));

    public static readonly DiagnosticDescriptor UnknownComponent = new(PackRules.UnknownComponent, PackRules.UnknownComponentTitle, PackRules.UnknownComponentMessage, PackRules.Category, SeverityOf(PackRules.UnknownComponent), isEnabledByDefault: true, helpLinkUri: HelpLinks.For(PackRules.UnknownComponent));

    public static readonly DiagnosticDescriptor DuplicateExerciseId = new(PackRules.DuplicateExerciseId, PackRules.DuplicateExerciseIdTitle, PackRules.DuplicateExerciseIdMessage, PackRules.Category, SeverityOf(PackRules.DuplicateExerciseId), isEnabledByDefault: true, helpLinkUri: HelpLinks.For(PackRules.DuplicateExerciseId));

    public static readonly DiagnosticDescriptor DuplicateStepId = new(PackRules.DuplicateStepId, PackRules.DuplicateStepIdTitle, PackRules.DuplicateStepIdMessage, PackRules.Category, SeverityOf(PackRules.DuplicateStepId), isEnabledByDefault: true, helpLinkUri: HelpLinks.For(PackRules.DuplicateStepId));

    public static readonly DiagnosticDescriptor NameCollision = new(PackRules.NameCollision, PackRules.NameCollisionTitle, PackRules.NameCollisionMessage, PackRules.Category, SeverityOf(PackRules.NameCollision), isEnabledByDefault: true, helpLinkUri: HelpLinks.For(PackRules.NameCollision));

    public static readonly DiagnosticDescriptor InvalidIdentifier = new(PackRules.InvalidIdentifier, PackRules.InvalidIdentifierTitle, PackRules.InvalidIdentifierMessage, PackRules.Category, SeverityOf(PackRules.InvalidIdentifier), isEnabledByDefault: true, helpLinkUri: HelpLinks.For(PackRules.InvalidIdentifier));

    public static readonly DiagnosticDescriptor ScaleMinAboveMax = new(PackRules.ScaleMinAboveMax, PackRules.ScaleMinAboveMaxTitle, PackRules.ScaleMinAboveMaxMessage, PackRules.Category, SeverityOf(PackRules.ScaleMinAboveMax), isEnabledByDefault: true, helpLinkUri: HelpLinks.For(PackRules.ScaleMinAboveMax));

    public static readonly DiagnosticDescriptor ChoiceWithoutOptions = new(PackRules.ChoiceWithoutOptions, PackRules.ChoiceWithoutOptionsTitle, PackRules.ChoiceWithoutOptionsMessage, PackRules.Category, SeverityOf(PackRules.ChoiceWithoutOptions), isEnabledByDefault: true, helpLinkUri: HelpLinks.For(PackRules.ChoiceWithoutOptions));

    public static readonly DiagnosticDescriptor UnknownProperty = new(PackRules.UnknownProperty, PackRules.UnknownPropertyTitle, PackRules.UnknownPropertyMessage, PackRules.Category, SeverityOf(PackRules.UnknownProperty), isEnabledByDefault: true, helpLinkUri: HelpLinks.For(PackRules.UnknownProperty));

    public static readonly DiagnosticDescriptor LocaleVariantDiffers = new(PackRules.LocaleVariantDiffers, PackRules.LocaleVariantDiffersTitle, PackRules.LocaleVariantDiffersMessage, PackRules.Category, SeverityOf(PackRules.LocaleVariantDiffers), isEnabledByDefault: true, helpLinkUri: HelpLinks.For(PackRules.LocaleVariantDiffers));

    public static readonly DiagnosticDescriptor InvalidValue = new(PackRules.InvalidValue, PackRules.InvalidValueTitle, PackRules.InvalidValueMessage, PackRules.Category, SeverityOf(PackRules.InvalidValue), isEnabledByDefault: true, helpLinkUri: HelpLinks.For(PackRules.InvalidValue));

    public static readonly DiagnosticDescriptor LocaleVariantWithoutBase = new(PackRules.LocaleVariantWithoutBase, PackRules.LocaleVariantWithoutBaseTitle, PackRules.LocaleVariantWithoutBaseMessage, PackRules.Category, SeverityOf(PackRules.LocaleVariantWithoutBase), isEnabledByDefault: true, helpLinkUri: HelpLinks.For(PackRules.LocaleVariantWithoutBase));

    public static readonly DiagnosticDescriptor InvalidCulture = new(PackRules.InvalidCulture, PackRules.InvalidCultureTitle, PackRules.InvalidCultureMessage, PackRules.Category, SeverityOf(PackRules.InvalidCulture), isEnabledByDefault: true, helpLinkUri: HelpLinks.For(PackRules.InvalidCulture));

    public static readonly DiagnosticDescriptor DuplicateProperty = new(PackRules.DuplicateProperty, PackRules.DuplicatePropertyTitle, PackRules.DuplicatePropertyMessage, PackRules.Category, SeverityOf(PackRules.DuplicateProperty), isEnabledByDefault: true, helpLinkUri: HelpLinks.For(PackRules.DuplicateProperty));

    public static readonly DiagnosticDescriptor UnexpectedError = new(PackRules.UnexpectedError, PackRules.UnexpectedErrorTitle, PackRules.UnexpectedErrorMessage, PackRules.Category, SeverityOf(PackRules.UnexpectedError), isEnabledByDefault: true, helpLinkUri: HelpLinks.For(PackRules.UnexpectedError));

    public static readonly DiagnosticDescriptor CaseOnlyDifference = new(PackRules.CaseOnlyDifference, PackRules.CaseOnlyDifferenceTitle, PackRules.CaseOnlyDifferenceMessage, PackRules.Category, SeverityOf(PackRules.CaseOnlyDifference), isEnabledByDefault: true, helpLinkUri: HelpLinks.For(PackRules.CaseOnlyDifference));

    public static readonly DiagnosticDescriptor TooLarge = new(PackRules.TooLarge, PackRules.TooLargeTitle, PackRules.TooLargeMessage, PackRules.Category, SeverityOf(PackRules.TooLarge), isEnabledByDefault: true, helpLinkUri: HelpLinks.For(PackRules.TooLarge));

    /// <summary>Every descriptor, by id.</summary>
    public static IReadOnlyDictionary<string, DiagnosticDescriptor> ById { get; } = Index(
        InvalidJson, MissingProperty, WrongType, UnknownStepKind, UnknownComponent, DuplicateExerciseId, DuplicateStepId,
        NameCollision, InvalidIdentifier, ScaleMinAboveMax, ChoiceWithoutOptions, UnknownProperty, LocaleVariantDiffers,
        InvalidValue, LocaleVariantWithoutBase, InvalidCulture, DuplicateProperty, UnexpectedError, CaseOnlyDifference, TooLarge);

    /// <summary>The severity of a rule, as <see cref="PackRules.IsWarning"/> states it.</summary>
    private static DiagnosticSeverity SeverityOf(string id) => PackRules.IsWarning(id) ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;

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
