using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Empathy.Samples.Web.Security;

/// <summary>
/// The Data Protection key ring in the database (PostgreSQL only), in a schema of its own, so that every
/// instance of the site protects and unprotects cookies, antiforgery tokens and vault sessions with the
/// same keys. With SQLite the key ring stays a folder in the data folder.
/// </summary>
public sealed class KeyRingDbContext(DbContextOptions<KeyRingDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>The schema that holds the key ring's table.</summary>
    public const string Schema = "data_protection";

    /// <inheritdoc />
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }
}
