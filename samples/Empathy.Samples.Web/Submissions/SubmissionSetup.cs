namespace Empathy.Samples.Web.Submissions;

/// <summary>Registers the pages and the once-only submission of their forms that create records.</summary>
public static class SubmissionSetup
{
    /// <summary>Adds Razor Pages with <see cref="SubmittedOnceFilter"/>, the ledger it keeps and the register form's (both in memory).</summary>
    public static WebApplicationBuilder AddPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SubmissionLedger>();
        builder.Services.AddSingleton<RegistrationLedger>();
        builder.Services.AddRazorPages().AddMvcOptions(options => options.Filters.Add<SubmittedOnceFilter>());
        return builder;
    }
}
