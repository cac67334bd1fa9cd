using System.Globalization;
using Empathy.Core.Exercises;

namespace Empathy.Core.Tests.Exercises;

public class LocalizedTextTests
{
    private static readonly LocalizedText Text = new("Listen first", [new("es", "Escucha primero"), new("pt-BR", "Escute primeiro")]);

    [Fact]
    public void Resolve_WithExactCulture_ReturnsItsTranslation() =>
        Assert.Equal("Escute primeiro", Text.Resolve(CultureInfo.GetCultureInfo("pt-BR")));

    [Fact]
    public void Resolve_WithSpecificCulture_FallsBackToItsParent() =>
        Assert.Equal("Escucha primero", Text.Resolve(CultureInfo.GetCultureInfo("es-MX")));

    [Fact]
    public void Resolve_WithUntranslatedCulture_FallsBackToTheBaseText() =>
        Assert.Equal("Listen first", Text.Resolve(CultureInfo.GetCultureInfo("fr-FR")));

    [Fact]
    public void Resolve_WithParentOnlyTranslatedForAnotherRegion_DoesNotCrossToASibling() =>
        Assert.Equal("Listen first", Text.Resolve(CultureInfo.GetCultureInfo("pt-PT")));

    [Theory]
    [InlineData("pt-BR", "pt-BR")]
    [InlineData("es-MX", "es")]
    [InlineData("es", "es")]
    public void TranslationCulture_NamesTheCultureWhoseTextIsRead(string asked, string read) =>
        Assert.Equal(read, Text.TranslationCulture(CultureInfo.GetCultureInfo(asked))?.Name);

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("pt-PT")]
    [InlineData("")]
    public void TranslationCulture_IsNullWhereTheBaseTextIsRead(string asked) =>
        Assert.Null(Text.TranslationCulture(CultureInfo.GetCultureInfo(asked)));

    [Fact]
    public void TranslationCulture_OfAnUntranslatedText_IsNull() =>
        Assert.Null(new LocalizedText("Listen first").TranslationCulture(CultureInfo.GetCultureInfo("es")));

    [Fact]
    public void TranslationCulture_WithoutACulture_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Text.TranslationCulture(null!));

    [Fact]
    public void Current_FollowsCurrentUICulture()
    {
        using var scope = new CultureScope("es-AR");

        Assert.Equal("Escucha primero", Text.Current);
        Assert.Equal("Escucha primero", (string)Text);
        Assert.Equal("Escucha primero", $"{Text}");
    }

    [Fact]
    public void CultureNames_CompareCaseInsensitively() =>
        Assert.Equal("Escute primeiro", new LocalizedText("x", [new("PT-br", "Escute primeiro")]).Resolve(CultureInfo.GetCultureInfo("pt-BR")));

    [Fact]
    public void Constructor_WithTheSameCultureTwice_Throws() =>
        Assert.Throws<ArgumentException>(() => new LocalizedText("x", [new("es", "a"), new("ES", "b")]));

    [Fact]
    public void Constructor_WithBlankText_Throws() =>
        Assert.ThrowsAny<ArgumentException>(() => new LocalizedText(" "));

    [Fact]
    public void Equality_ComparesTranslations()
    {
        Assert.Equal(new LocalizedText("a", [new("es", "b")]), new LocalizedText("a", [new("ES", "b")]));
        Assert.NotEqual(new LocalizedText("a", [new("es", "b")]), new LocalizedText("a", [new("es", "c")]));
        Assert.NotEqual(new LocalizedText("a"), new LocalizedText("a", [new("es", "b")]));
    }
}
