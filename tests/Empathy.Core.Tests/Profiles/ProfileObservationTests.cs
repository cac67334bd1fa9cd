using Empathy.Core.Components;
using Empathy.Core.Profiles;

namespace Empathy.Core.Tests.Profiles;

public class ProfileObservationTests
{
    [Fact]
    public void BoundaryKeeping_OffScale_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProfileObservation { Levels = default, BoundaryKeeping = 101 });

    [Fact]
    public void Signals_Undefined_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProfileObservation { Levels = default, Signals = [(ProfileSignal)99] });

    [Fact]
    public void Signals_Duplicates_AreRemoved() =>
        Assert.Single(new ProfileObservation { Levels = default, Signals = [ProfileSignal.EmotionsRarelyNamed, ProfileSignal.EmotionsRarelyNamed] }.Signals);

    [Fact]
    public void Equality_ComparesSignalsByItems()
    {
        var a = new ProfileObservation { Levels = new EmpathyLevels(1, 2, 3), Signals = [ProfileSignal.EmotionsRarelyNamed] };
        var b = new ProfileObservation { Levels = new EmpathyLevels(1, 2, 3), Signals = [ProfileSignal.EmotionsRarelyNamed] };

        Assert.Equal(a, b);
    }
}
