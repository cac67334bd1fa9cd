using System.Globalization;
using Empathy.Core.DependencyInjection;
using Empathy.Core.Exercises.BuiltIn;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;
using Empathy.Core.Storage.Vaults;
using Empathy.Samples.Web.Accounts;
using Empathy.Samples.Web.Analysis;
using Empathy.Samples.Web.Packs;
using Empathy.Storage.PostgreSql;
using Empathy.Storage.Sqlite;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Empathy.Samples.Web.Hosting;

/// <summary>The host's own settings, the library, the stores and the exercise packs.</summary>
public static class EmpathyHostSetup
{
    /// <summary>The cultures the site speaks (exercise texts follow them; see docs/web.md).</summary>
    public static readonly IReadOnlyList<CultureInfo> Cultures = [new("en"), new("es")];

    /// <summary>Adds the services.</summary>
    public static WebApplicationBuilder AddEmpathyHost(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<EmpathyHostOptions>()
            .Bind(builder.Configuration.GetSection(EmpathyHostOptions.Section))
            .ValidateOnStart(); // by EmpathyHostOptionsValidator, which names each setting by its key
        services.AddSingleton<IValidateOptions<EmpathyHostOptions>, EmpathyHostOptionsValidator>();
        services.TryAddSystemClock();
        var storage = HostStorage.FromConfiguration(builder.Configuration);
        services.AddSingleton(storage);

        services.AddEmpathy()
            .AddExercisePack(EmpathyPack.Pack)
            .AddExercisePack(ListeningPack.Pack);
        services.AddSingleton<CrisisHelp>();
        services.AddScoped<RequestInsights>(); // the insight services in the language of each request

        // Vault mode: no key provider, so every call for a person needs their open vault session. One store
        // object is the journal store, the practice store and the vaults: one encrypted file in the data
        // folder, or one schema of the PostgreSQL database that every instance of the site shares.
        if (storage.IsPostgreSql)
        {
            services.AddSingleton(sp => new NpgsqlDataSourceBuilder(storage.ConnectionString!).UseLoggerFactory(sp.GetService<ILoggerFactory>()).Build());
            services.AddSingleton<PostgreSqlStoreAtStart>();
            // Returned from a factory, so the container disposes it (before the data source it was opened on).
            services.AddSingleton(sp => sp.GetRequiredService<PostgreSqlStoreAtStart>().Store);
            services.AddSingleton<IJournalStore>(sp => sp.GetRequiredService<PostgreSqlJournalStore>());
            services.AddSingleton<IPracticeStore>(sp => sp.GetRequiredService<PostgreSqlJournalStore>());
            services.AddSingleton<IOwnerVaults>(sp => sp.GetRequiredService<PostgreSqlJournalStore>());
        }
        else
        {
            services.AddSingleton(DataFolder.FromConfiguration(builder));
            services.AddSingleton(sp => SqliteJournalStore.Open(
                new SqliteJournalStoreOptions { DatabasePath = sp.GetRequiredService<DataFolder>().JournalDatabase, TimeProvider = sp.GetRequiredService<TimeProvider>() },
                sp.GetService<ILogger<SqliteJournalStore>>()));
            services.AddSingleton<IJournalStore>(sp => sp.GetRequiredService<SqliteJournalStore>());
            services.AddSingleton<IPracticeStore>(sp => sp.GetRequiredService<SqliteJournalStore>());
            services.AddSingleton<IOwnerVaults>(sp => sp.GetRequiredService<SqliteJournalStore>());
        }
        services.AddScoped<Data.OwnerDataTransfer>(); // the data page's exports and import

        services.Configure<RequestLocalizationOptions>(localization =>
        {
            localization.DefaultRequestCulture = new RequestCulture("en");
            localization.SupportedCultures = [.. Cultures];
            localization.SupportedUICultures = [.. Cultures];
            // The switch's cookie wins over the browser's Accept-Language (the query string wins over both).
            localization.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return builder;
    }

    /// <summary>
    /// Creates the databases on first start and migrates them (the journal store migrates its own). When the
    /// database cannot be used (PostgreSQL unreachable, refusing the user, the database missing), says so
    /// plainly on standard error, sets exit code 1 and returns <see langword="false"/>: the site must not start.
    /// </summary>
    public static async Task<bool> PrepareDataAsync(this WebApplication app)
    {
        var storage = app.Services.GetRequiredService<HostStorage>();
        if (!storage.IsPostgreSql)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Database.EnsureCreatedAsync();
            _ = scope.ServiceProvider.GetRequiredService<SqliteJournalStore>(); // opens (and migrates) the journal file
            return true;
        }

        try
        {
            await PostgreSqlWebSchema.PrepareAsync(app.Services, app.Lifetime.ApplicationStopping);
            await app.Services.GetRequiredService<PostgreSqlStoreAtStart>().OpenAsync(app.Services, app.Lifetime.ApplicationStopping);
            return true;
        }
        catch (Exception error) when (error is NpgsqlException or JournalStoreException)
        {
            StartupProblem.Report($"{storage.Describe()} cannot be used: {Reason(error)}. Check ConnectionStrings:{HostStorage.ConnectionStringName}, " +
                "that the server is running and reachable from here, and that the database exists (createdb) and the user may create schemas in it.");
            return false;
        }
    }

    /// <summary>Picks each request's culture from the query string, the switch's cookie or Accept-Language.</summary>
    public static WebApplication UseRequestCultures(this WebApplication app)
    {
        app.UseRequestLocalization(app.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value);
        return app;
    }

    // The server's own words, or the driver's and the network's (a refused connection, a timeout); never the connection string.
    private static string Reason(Exception error) => error switch
    {
        PostgresException server => $"the server answered {server.SqlState}: {server.MessageText}",
        { InnerException: { } inner } when inner is not PostgresException => $"{error.Message} ({inner.Message})",
        { InnerException: PostgresException server } => $"{error.Message} (the server answered {server.SqlState}: {server.MessageText})",
        _ => error.Message,
    };

    private static void TryAddSystemClock(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
