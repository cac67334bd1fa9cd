namespace Empathy.Evaluation.Checks;

/// <summary>The check a data file measures, named by the file's prefix (<c>observation_…</c>, <c>crisis_…</c>).</summary>
internal enum CheckKind
{
    /// <summary><c>analyze observation</c>: positive when the text is not objective.</summary>
    Observation,

    /// <summary><c>analyze message</c>: positive when the message accuses.</summary>
    Message,

    /// <summary><c>analyze reply</c>: positive when the reply dismisses; its components are compared too.</summary>
    Reply,

    /// <summary>The crisis flag of <c>analyze observation</c>.</summary>
    Crisis,
}
