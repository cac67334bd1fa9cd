using Empathy.Samples.Web.TimeZones;

namespace Empathy.Samples.Web.Practice;

/// <summary>The practice services the JSON API and the pages share: one keeper per kind of record, per request.</summary>
public static class PracticeSetup
{
    /// <summary>Adds the keepers (scoped: each works for the request's signed-in person).</summary>
    public static WebApplicationBuilder AddPractice(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddScoped<StampClock>(); // what the keepers and pages stamp new records with
        services.AddScoped<TankKeeper>();
        services.AddScoped<RelationshipKeeper>();
        services.AddScoped<BoundaryKeeper>();
        services.AddScoped<CriticKeeper>();
        return builder;
    }
}
