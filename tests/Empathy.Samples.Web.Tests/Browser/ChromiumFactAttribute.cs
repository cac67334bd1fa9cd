namespace Empathy.Samples.Web.Tests.Browser;

/// <summary>A test that needs the browser: reported skipped, with the reason, when none was named.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.ExecutablePath is null)
        {
            Skip = Chromium.MissingReason;
        }
    }
}

/// <summary>A theory that needs the browser: each case reported skipped, with the reason, when none was named.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (Chromium.ExecutablePath is null)
        {
            Skip = Chromium.MissingReason;
        }
    }
}
