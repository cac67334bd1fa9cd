using Empathy.Samples.Web.Tests.Api;
using Empathy.Samples.Web.Tests.Support;
using Empathy.Tests.Shared.Postgres;

namespace Empathy.Samples.Web.Tests.PostgreSql;

/// <summary>Every account test (lockout, password change, recovery, deletion) with the site on PostgreSQL.</summary>
[RequiresPostgreSql]
public sealed class PostgreSqlAccountApiTests(SharedPostgresApp shared) : AccountApiTests(shared.App), IClassFixture<SharedPostgresApp>;
