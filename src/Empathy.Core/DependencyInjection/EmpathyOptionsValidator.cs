using Microsoft.Extensions.Options;

namespace Empathy.Core.DependencyInjection;

/// <summary>Validates <see cref="EmpathyOptions"/> through the options pipeline, so a bad threshold fails at start-up.</summary>
internal sealed class EmpathyOptionsValidator : IValidateOptions<EmpathyOptions>
{
    public ValidateOptionsResult Validate(string? name, EmpathyOptions options)
    {
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
