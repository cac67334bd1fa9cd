using System.Globalization;
using Empathy.Core.DependencyInjection;
using Empathy.Core.Exercises.BuiltIn;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;
using Empathy.Core.Storage.Vaults;
using Empathy.Samples.Web.Accounts;
using Empathy.Samples.Web.Analysis;
using Empathy.Samples.Web.Packs;
using Empathy.Storage.Sqlite;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

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
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSystemClock();
        services.AddSingleton(DataFolder.FromConfiguration(builder));

        services.AddEmpathy()
            .AddExercisePack(EmpathyPack.Pack)
            .AddExercisePack(ListeningPack.Pack);
        services.AddSingleton<CrisisHelp>();

        // Vault mode: no key provider, so every call for a person needs their open vault session. One store
        // object is the journal store, the practice store and the vaults, all in one encrypted file.
        services.AddSingleton(sp => SqliteJournalStore.Open(
            new SqliteJournalStoreOptions { DatabasePath = sp.GetRequiredService<DataFolder>().JournalDatabase, TimeProvider = sp.GetRequiredService<TimeProvider>() },
            sp.GetService<ILogger<SqliteJournalStore>>()));
        services.AddSingleton<IJournalStore>(sp => sp.GetRequiredService<SqliteJournalStore>());
        services.AddSingleton<IPracticeStore>(sp => sp.GetRequiredService<SqliteJournalStore>());
        services.AddSingleton<IOwnerVaults>(sp => sp.GetRequiredService<SqliteJournalStore>());
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

    /// <summary>Creates the databases on first start (the journal store migrates its own file when it opens).</summary>
    public static async Task PrepareDataAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Database.EnsureCreatedAsync();
        _ = scope.ServiceProvider.GetRequiredService<SqliteJournalStore>(); // opens (and migrates) the journal file
    }

    /// <summary>Picks each request's culture from the query string, the switch's cookie or Accept-Language.</summary>
    public static WebApplication UseRequestCultures(this WebApplication app)
    {
        app.UseRequestLocalization(app.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value);
        return app;
    }

    private static void TryAddSystemClock(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
