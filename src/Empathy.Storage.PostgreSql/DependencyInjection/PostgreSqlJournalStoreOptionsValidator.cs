using Microsoft.Extensions.Options;

namespace Empathy.Storage.PostgreSql.DependencyInjection;

/// <summary>Validates <see cref="PostgreSqlJournalStoreOptions"/> through the options pipeline, so a bad setting fails at start-up.</summary>
internal sealed class PostgreSqlJournalStoreOptionsValidator : IValidateOptions<PostgreSqlJournalStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, PostgreSqlJournalStoreOptions options)
    {
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
