using System.Text.Json;
using Empathy.Core.Serialization;
using Empathy.Core.Storage;

namespace Empathy.Core.Tests.Storage;

public class JournalOwnerIdTests
{
    [Fact]
    public void Value_IsKeptExactly() => Assert.Equal(" User-42", new JournalOwnerId(" User-42").Value);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a\nb")]
    public void Invalid_IsRefused(string value) => Assert.Throws<ArgumentException>(() => new JournalOwnerId(value));

    [Fact]
    public void TooLong_IsRefused_SayingTheLimit()
    {
        var error = Assert.Throws<ArgumentException>(() => new JournalOwnerId(new string('a', JournalOwnerId.MaxLength + 1)));

        Assert.Contains(JournalOwnerId.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);
    }

    [Fact]
    public void Equality_IsOrdinal() => Assert.NotEqual(new JournalOwnerId("alice"), new JournalOwnerId("Alice"));

    [Fact]
    public void ThrowIfDefault_RefusesTheDefault_NamingTheParameter()
    {
        var owner = default(JournalOwnerId);

        var error = Assert.Throws<ArgumentException>(() => JournalOwnerId.ThrowIfDefault(owner));

        Assert.Equal("owner", error.ParamName);
        Assert.True(owner.IsDefault);
    }

    [Fact]
    public void TryCreate_Invalid_ReturnsFalse() => Assert.False(JournalOwnerId.TryCreate(" ", out _));

    [Fact]
    public void Json_IsTheString() =>
        Assert.Equal("\"alice\"", JsonSerializer.Serialize(new JournalOwnerId("alice"), EmpathyJsonContext.Default.JournalOwnerId));

    [Fact]
    public void Json_Blank_IsRefused() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\" \"", EmpathyJsonContext.Default.JournalOwnerId));
}
