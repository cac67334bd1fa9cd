namespace Empathy.Samples.Web.Submissions;

/// <summary>
/// Marks a page handler that creates a record: a form sent again with the submission token of one already saved is
/// answered with what was saved, and creates nothing (<see cref="SubmittedOnceFilter"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class SubmittedOnceAttribute : Attribute;
