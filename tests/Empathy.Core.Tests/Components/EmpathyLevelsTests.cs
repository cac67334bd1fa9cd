using Empathy.Core.Components;

namespace Empathy.Core.Tests.Components;

public class EmpathyLevelsTests
{
    [Fact]
    public void Constructor_WithLevelsOnScale_KeepsEachLevel()
    {
        var levels = new EmpathyLevels(10, 50, 100);

        Assert.Equal(10, levels.Cognitive);
        Assert.Equal(50, levels.Affective);
        Assert.Equal(100, levels.Concern);
    }

    [Theory]
    [InlineData(-1, 0, 0, "cognitive")]
    [InlineData(0, 101, 0, "affective")]
    [InlineData(0, 0, 250, "concern")]
    public void Constructor_WithLevelOffScale_NamesTheLevel(int cognitive, int affective, int concern, string name)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new EmpathyLevels(cognitive, affective, concern));

        Assert.Equal(name, error.ParamName);
        Assert.Contains("between 0 and 100", error.Message);
    }

    [Theory]
    [InlineData(EmpathyComponent.Cognitive, 1)]
    [InlineData(EmpathyComponent.Affective, 2)]
    [InlineData(EmpathyComponent.Concern, 3)]
    public void Indexer_ReadsTheNamedComponent(EmpathyComponent component, int expected) =>
        Assert.Equal(expected, new EmpathyLevels(1, 2, 3)[component]);

    [Fact]
    public void Indexer_WithUndefinedComponent_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new EmpathyLevels(1, 2, 3)[(EmpathyComponent)42]);
}
