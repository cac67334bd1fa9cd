using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Empathy.Samples.Web.Accounts;

/// <summary>
/// The Identity tables (users, password hashes, lockout counters): their own SQLite file, or on
/// PostgreSQL the schema <see cref="PostgreSqlSchema"/> beside the journal store's.
/// </summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : IdentityDbContext<AppUser>(options)
{
    /// <summary>The schema of the Identity tables on PostgreSQL (SQLite has no schemas).</summary>
    public const string PostgreSqlSchema = "accounts";

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        if (Database.IsNpgsql())
        {
            builder.HasDefaultSchema(PostgreSqlSchema);
        }

        base.OnModelCreating(builder);
    }
}
