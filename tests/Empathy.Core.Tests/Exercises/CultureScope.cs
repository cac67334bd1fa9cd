using System.Globalization;

namespace Empathy.Core.Tests.Exercises;

/// <summary>Sets <see cref="CultureInfo.CurrentUICulture"/> for the scope of a test and restores it after.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

    public CultureScope(string culture) => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}
