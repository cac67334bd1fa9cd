namespace Empathy.Samples.Web.Tests.Support;

/// <summary>One app for a test class (starting the host costs more than a test).</summary>
public sealed class SharedApp : IDisposable
{
    public WebAppFactory App { get; } = new();

    public void Dispose() => App.Dispose();
}
