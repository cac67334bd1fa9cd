namespace Empathy.Shared.ExercisePacks;

/// <summary>
/// The ids, titles and messages of every exercise pack problem. The generator turns them into
/// diagnostics and the runtime loader into <c>ExercisePackProblem</c>s; both compile this one file,
/// so a pack gets the same id and message at build time and at run time.
/// </summary>
/// <remarks>
/// Constants (not computed values) so that Roslyn's release-tracking analyzer can read them.
/// Every id has a page <c>docs/diagnostics/EMPxxxx.md</c> and a line in
/// <c>AnalyzerReleases.Shipped.md</c>. Ids are never reused.
/// </remarks>
internal static class PackRules
{
    public const string Category = "ExercisePacks";

    public const string InvalidJson = "EMP0001";
    public const string InvalidJsonTitle = "Exercise pack is not valid JSON";
    public const string InvalidJsonMessage = "The exercise pack is not valid JSON: {0}; its format is described by the JSON schema that the Empathy.Core package carries as schema/exercise-pack.schema.json";

    public const string MissingProperty = "EMP0002";
    public const string MissingPropertyTitle = "Required property is missing";
    public const string MissingPropertyMessage = "{1} is missing the required property '{0}'";

    public const string WrongType = "EMP0003";
    public const string WrongTypeTitle = "Property has the wrong type";
    public const string WrongTypeMessage = "'{0}' of {1} must be {2}, not {3}";

    public const string UnknownStepKind = "EMP0004";
    public const string UnknownStepKindTitle = "Unknown step kind";
    public const string UnknownStepKindMessage = "'{0}' is not a step kind; {1} must be one of: info, text, choice, scale, timer";

    public const string UnknownComponent = "EMP0005";
    public const string UnknownComponentTitle = "Unknown empathy component";
    public const string UnknownComponentMessage = "'{0}' is not an empathy component; {1} may list: cognitive, affective, concern";

    public const string DuplicateExerciseId = "EMP0006";
    public const string DuplicateExerciseIdTitle = "Duplicate exercise id";
    public const string DuplicateExerciseIdMessage = "The pack already has an exercise with the id '{0}'; exercise ids must be unique within a pack";

    public const string DuplicateStepId = "EMP0007";
    public const string DuplicateStepIdTitle = "Duplicate step id";
    public const string DuplicateStepIdMessage = "Exercise '{1}' already has a step with the id '{0}'; step ids must be unique within an exercise";

    public const string NameCollision = "EMP0008";
    public const string NameCollisionTitle = "Two names become the same C# name";
    public const string NameCollisionMessage = "'{0}' becomes the C# name '{1}', which {2}; choose a different id";

    public const string InvalidIdentifier = "EMP0009";
    public const string InvalidIdentifierTitle = "Id cannot become a C# name";
    public const string InvalidIdentifierMessage = "'{0}' cannot be used as {1}: {2}";

    public const string ScaleMinAboveMax = "EMP0010";
    public const string ScaleMinAboveMaxTitle = "Scale minimum is above its maximum";
    public const string ScaleMinAboveMaxMessage = "Scale step '{0}' has min {1} above max {2}; min must be less than or equal to max";

    public const string ChoiceWithoutOptions = "EMP0011";
    public const string ChoiceWithoutOptionsTitle = "Choice step has no options";
    public const string ChoiceWithoutOptionsMessage = "Choice step '{0}' needs an 'options' array with at least one option";

    public const string UnknownProperty = "EMP0012";
    public const string UnknownPropertyTitle = "Unknown property is ignored";
    // {3} is empty, or "; did you mean ...?" naming the near property (PackNameSuggestion).
    public const string UnknownPropertyMessage = "'{0}' is not a property of {1}; it is ignored (allowed here: {2}){3}";

    public const string LocaleVariantDiffers = "EMP0013";
    public const string LocaleVariantDiffersTitle = "Locale variant differs from its base pack";
    public const string LocaleVariantDiffersMessage = "The '{0}' variant differs from its base pack: {1}; a variant may translate texts only";

    public const string InvalidValue = "EMP0014";
    public const string InvalidValueTitle = "Value is not allowed";
    public const string InvalidValueMessage = "'{0}' of {1} {2}";

    public const string LocaleVariantWithoutBase = "EMP0015";
    public const string LocaleVariantWithoutBaseTitle = "Locale variant has no base pack";
    public const string LocaleVariantWithoutBaseMessage = "'{0}' is a '{1}' variant but there is no base file '{2}' beside it";

    public const string InvalidCulture = "EMP0016";
    public const string InvalidCultureTitle = "Locale variant file name has no valid culture";
    public const string InvalidCultureMessage = "'{0}' in the file name '{1}' is not a culture name such as 'es' or 'pt-BR'";

    public const string DuplicateProperty = "EMP0017";
    public const string DuplicatePropertyTitle = "Duplicate property";
    public const string DuplicatePropertyMessage = "{1} already has a property '{0}'; each property may appear once";

    public const string UnexpectedError = "EMP0018";
    public const string UnexpectedErrorTitle = "Exercise pack could not be processed";
    public const string UnexpectedErrorMessage = "The exercise pack could not be {1} because of an unexpected error in Empathy.Core ({0}); this is not a mistake in the pack: please report it with the pack file";

    public const string CaseOnlyDifference = "EMP0019";
    public const string CaseOnlyDifferenceTitle = "Two pack files differ only in letter case";
    public const string CaseOnlyDifferenceMessage = "'{0}' differs from '{1}' only in letter case, which culture names and many file systems ignore, so both would be one pack or one translation; keep one of the two files";

    public const string TooLarge = "EMP0020";
    public const string TooLargeTitle = "Exercise pack file is too large";
    public const string TooLargeMessage = "{0} is larger than {1}, the most an exercise pack file may hold; split its exercises into smaller packs";

    /// <summary>Whether <paramref name="id"/> is a warning rather than an error.</summary>
    public static bool IsWarning(string id) => id == UnknownProperty;

    /// <summary>The message format of <paramref name="id"/>.</summary>
    public static string MessageFormat(string id) => id switch
    {
        InvalidJson => InvalidJsonMessage,
        MissingProperty => MissingPropertyMessage,
        WrongType => WrongTypeMessage,
        UnknownStepKind => UnknownStepKindMessage,
        UnknownComponent => UnknownComponentMessage,
        DuplicateExerciseId => DuplicateExerciseIdMessage,
        DuplicateStepId => DuplicateStepIdMessage,
        NameCollision => NameCollisionMessage,
        InvalidIdentifier => InvalidIdentifierMessage,
        ScaleMinAboveMax => ScaleMinAboveMaxMessage,
        ChoiceWithoutOptions => ChoiceWithoutOptionsMessage,
        UnknownProperty => UnknownPropertyMessage,
        LocaleVariantDiffers => LocaleVariantDiffersMessage,
        InvalidValue => InvalidValueMessage,
        LocaleVariantWithoutBase => LocaleVariantWithoutBaseMessage,
        InvalidCulture => InvalidCultureMessage,
        DuplicateProperty => DuplicatePropertyMessage,
        CaseOnlyDifference => CaseOnlyDifferenceMessage,
        TooLarge => TooLargeMessage,
        _ => UnexpectedErrorMessage,
    };
}
