using Empathy.Samples.Web.Hosting;
using Empathy.Samples.Web.Vaults;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Empathy.Samples.Web.Accounts;

/// <summary>Identity, its cookie and the vault session that rides in it.</summary>
public static class AccountSetup
{
    /// <summary>The authentication cookie's name.</summary>
    public const string CookieName = "empathy.session";

    /// <summary>
    /// Adds Identity (over SQLite in the data folder, or PostgreSQL with <c>Empathy:Store=PostgreSql</c>)
    /// with lockout, raised hashing cost and a strict cookie.
    /// </summary>
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var storage = HostStorage.FromConfiguration(builder.Configuration);
        services.AddDbContext<AccountsDbContext>((sp, options) =>
        {
            if (storage.IsPostgreSql)
            {
                options.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>());
            }
            else
            {
                options.UseSqlite($"Data Source={sp.GetRequiredService<DataFolder>().AccountsDatabase}");
            }
        });

        services.AddIdentityCore<AppUser>()
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddOptions<IdentityOptions>().Configure<IOptions<EmpathyHostOptions>>((identity, host) =>
        {
            var settings = host.Value.Accounts;
            identity.User.RequireUniqueEmail = true;
            identity.Password.RequiredLength = settings.MinPasswordLength;
            // Length is what makes a password strong; the vault key is derived from it too.
            identity.Password.RequireNonAlphanumeric = false;
            identity.Password.RequireUppercase = false;
            identity.Password.RequireLowercase = false;
            identity.Password.RequireDigit = false;
            identity.Lockout.AllowedForNewUsers = true;
            identity.Lockout.MaxFailedAccessAttempts = settings.MaxFailedSignIns;
            identity.Lockout.DefaultLockoutTimeSpan = settings.LockoutDuration;
        });
        // Identity's v3 hash is PBKDF2-HMAC-SHA512; its default of 100,000 iterations is raised.
        services.AddOptions<PasswordHasherOptions>().Configure<IOptions<EmpathyHostOptions>>((hasher, host) =>
            hasher.IterationCount = host.Value.Accounts.PasswordHashIterations);

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // Secure whenever the request came over HTTPS
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/Account/Login";
            cookie.LogoutPath = "/Account/Logout";
            cookie.AccessDeniedPath = "/Account/Login";
            cookie.Events = new CookieAuthenticationEvents
            {
                // Programs get a status code and a problem document, never a redirect to a form.
                OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden),
            };
        });
        // When the cookie's principal is refreshed (security stamp check), the vault session travels on.
        services.Configure<SecurityStampValidatorOptions>(options =>
            options.OnRefreshingPrincipal = context => VaultSessionTicket.CarryOver(context.CurrentPrincipal, context.NewPrincipal!));

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(SignInByDefault.Policy);

        services.AddSingleton<VaultSessionTicket>();
        services.AddSingleton<VaultSessionCache>();
        services.AddScoped<OwnerContext>();
        services.AddScoped<AccountService>();
        return builder;
    }

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (ApiRequests.IsApi(context.HttpContext))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
