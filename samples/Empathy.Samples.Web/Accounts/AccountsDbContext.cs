using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Empathy.Samples.Web.Accounts;

/// <summary>The Identity tables (users, password hashes, lockout counters), in their own SQLite file.</summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : IdentityDbContext<AppUser>(options)
{
}
