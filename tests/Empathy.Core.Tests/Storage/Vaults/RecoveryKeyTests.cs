using Empathy.Core.Storage.Vaults;

namespace Empathy.Core.Tests.Storage.Vaults;

public sealed class RecoveryKeyTests
{
    [Fact]
    public void ToString_Is13GroupsOfFourCrockfordSymbols()
    {
        var text = RecoveryKey.Create().ToString();

        var groups = text.Split('-');
        Assert.Equal(13, groups.Length);
        Assert.All(groups, g => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}$", g));
    }

    [Fact]
    public void Parse_IgnoresCaseSpacesAndDashes_AndReadsIlOAsDigits()
    {
        var key = RecoveryKey.Create();
        var text = key.ToString();
        var sloppy = text.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal).Replace('1', 'l').Replace('0', 'O');

        Assert.Equal(text, RecoveryKey.Parse(sloppy).ToString());
        Assert.True(RecoveryKey.TryParse(sloppy, out var parsed));
        Assert.Equal(text, parsed!.ToString());
    }

    [Theory]
    [InlineData("", "0 symbols")]
    [InlineData("ABCD-EFGH", "8 symbols")]
    [InlineData("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD-EFGH-JKMN-PQRS-TVWU", "'U' is not")]
    [InlineData("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD-EFGH-JKMN-PQRS-TVWXY", "more than 52")]
    [InlineData("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD-EFGH-JKMN-PQRS-TVWZ", "last symbol")]
    public void Parse_NotAKey_ThrowsFormatExceptionSayingWhy(string text, string why)
    {
        var error = Assert.Throws<FormatException>(() => RecoveryKey.Parse(text));

        Assert.Contains(why, error.Message);
        Assert.False(RecoveryKey.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_Null_IsFalse() => Assert.False(RecoveryKey.TryParse(null, out _));
}
