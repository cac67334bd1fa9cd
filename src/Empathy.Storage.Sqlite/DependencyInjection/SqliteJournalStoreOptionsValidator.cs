using Microsoft.Extensions.Options;

namespace Empathy.Storage.Sqlite.DependencyInjection;

/// <summary>Validates <see cref="SqliteJournalStoreOptions"/> through the options pipeline, so a bad path fails at start-up.</summary>
internal sealed class SqliteJournalStoreOptionsValidator : IValidateOptions<SqliteJournalStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, SqliteJournalStoreOptions options)
    {
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
