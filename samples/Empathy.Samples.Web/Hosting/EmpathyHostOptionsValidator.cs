using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Empathy.Samples.Web.Hosting;

/// <summary>
/// Checks <see cref="EmpathyHostOptions"/> and its nested sections (<c>Accounts</c>, <c>Limits</c>,
/// <c>SessionCache</c>) against their data annotations at start, which <c>ValidateDataAnnotations</c>
/// does not do for nested objects. Each failure names the setting's full key (<c>Empathy:CrisisHelp</c>).
/// </summary>
public sealed class EmpathyHostOptionsValidator : IValidateOptions<EmpathyHostOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, EmpathyHostOptions options)
    {
        var failures = new List<string>();
        Check(options, null, failures);
        Check(options.Accounts, nameof(options.Accounts), failures);
        Check(options.Limits, nameof(options.Limits), failures);
        Check(options.SessionCache, nameof(options.SessionCache), failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // The members of one object only: the validator does not descend into the sections it holds.
    private static void Check(object section, string? sectionName, List<string> failures)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(section, new ValidationContext(section), results, validateAllProperties: true))
        {
            var key = sectionName is null ? EmpathyHostOptions.Section : $"{EmpathyHostOptions.Section}:{sectionName}";
            failures.AddRange(results.Select(r => $"{key}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
        }
    }
}
