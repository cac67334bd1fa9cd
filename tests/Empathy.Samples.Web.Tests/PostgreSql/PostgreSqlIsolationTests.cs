using Empathy.Samples.Web.Tests.Api;
using Empathy.Samples.Web.Tests.Support;
using Empathy.Tests.Shared.Postgres;

namespace Empathy.Samples.Web.Tests.PostgreSql;

/// <summary>Every isolation test (another person's ids are 404, anonymous calls 401) with the site on PostgreSQL.</summary>
[RequiresPostgreSql]
public sealed class PostgreSqlIsolationTests(SharedPostgresApp shared) : IsolationTests(shared.App), IClassFixture<SharedPostgresApp>;
