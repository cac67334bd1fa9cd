using Empathy.Core.Journal;

namespace Empathy.Core.Tests.Journal;

public class EmotionRatingTests
{
    [Fact]
    public void Change_IsAfterMinusBefore() =>
        Assert.Equal(-30, new EmotionRating { Emotion = "sad", IntensityBefore = 70, IntensityAfter = 40 }.Change);

    [Fact]
    public void Change_WithoutAfter_IsNull() =>
        Assert.Null(new EmotionRating { Emotion = "sad", IntensityBefore = 70 }.Change);

    [Fact]
    public void Emotion_IsTrimmed() =>
        Assert.Equal("sad", new EmotionRating { Emotion = " sad ", IntensityBefore = 1 }.Emotion);

    [Fact]
    public void Emotion_Blank_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new EmotionRating { Emotion = " ", IntensityBefore = 1 });

    [Theory]
    [InlineData(-1, null)]
    [InlineData(101, null)]
    [InlineData(50, 101)]
    [InlineData(50, -5)]
    public void Intensities_OffScale_AreRefused(int before, int? after) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new EmotionRating { Emotion = "sad", IntensityBefore = before, IntensityAfter = after });
}
