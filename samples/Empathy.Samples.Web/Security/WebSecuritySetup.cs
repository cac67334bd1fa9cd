using System.Net;
using System.Threading.RateLimiting;
using Empathy.Samples.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Empathy.Samples.Web.Security;

/// <summary>Rate limits, the Data Protection key ring, antiforgery and request size limits.</summary>
public static class WebSecuritySetup
{
    /// <summary>The rate-limit policy of register, sign-in and recovery (pages and API).</summary>
    public const string SignInPolicy = "sign-in";

    /// <summary>Adds the services.</summary>
    public static WebApplicationBuilder AddWebSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // One key ring for the whole site, so cookies, antiforgery tokens and vault sessions survive a restart:
        // in the data folder, or in the database that every instance shares (a cookie from one works on all).
        var keyRing = services.AddDataProtection().SetApplicationName("Empathy.Samples.Web");
        var storage = HostStorage.FromConfiguration(builder.Configuration);
        if (storage.IsPostgreSql)
        {
            services.AddDbContext<KeyRingDbContext>((sp, options) => options.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>()));
            keyRing.PersistKeysToDbContext<KeyRingDbContext>();
        }
        else
        {
            keyRing.PersistKeysToFileSystem(new DirectoryInfo(DataFolder.FromConfiguration(builder).KeyRing));
        }

        // Each new key encrypted to the certificate, when one is set (Program.cs has checked that it can be read).
        // Unprotecting names it too: on Linux the default lookup searches only the certificate store, where it is not.
        // Keys written before a certificate was set stay readable as they are.
        if (KeyRingCertificate.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath).Certificate is { } certificate)
        {
            keyRing.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignInPolicy, context =>
            {
                // Only the tries count: showing the register, sign-in or recovery form costs none.
                if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("showing a form");
                }

                var settings = context.RequestServices.GetRequiredService<IOptions<EmpathyHostOptions>>().Value.Accounts;
                return RateLimitPartition.GetFixedWindowLimiter(
                    (context.Connection.RemoteIpAddress ?? IPAddress.None).ToString(),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.SignInPermitsPerWindow, Window = settings.SignInWindow, QueueLimit = 0 });
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                if (!ApiRequests.IsApi(context.HttpContext))
                {
                    return; // the error page says it in words
                }

                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Title = "Too many tries", Detail = "Too many sign-in attempts from here; wait a minute and try again.", Status = StatusCodes.Status429TooManyRequests },
                });
            };
        });

        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "empathy.antiforgery";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        // The server-wide ceiling; each API call is held to the smaller JSON limit by ApiBodyLimitMiddleware.
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            var limits = context.Configuration.GetSection(EmpathyHostOptions.Section).Get<EmpathyHostOptions>()?.Limits ?? new RequestLimits();
            kestrel.Limits.MaxRequestBodySize = limits.MaxImportBytes;
            kestrel.AddServerHeader = false;
        });
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }
}
