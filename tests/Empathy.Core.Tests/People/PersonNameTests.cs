using System.Text.Json;
using Empathy.Core.Boundaries;
using Empathy.Core.People;
using Empathy.Core.Relationships;
using Empathy.Core.Serialization;

namespace Empathy.Core.Tests.People;

public class PersonNameTests
{
    [Fact]
    public void Name_IsTrimmed() => Assert.Equal("Sam", new PersonName("  Sam ").Value);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void BlankName_IsRefused(string? name) => Assert.Throws<ArgumentException>(() => new PersonName(name!));

    [Fact]
    public void Names_CompareIgnoringCase() => Assert.Equal(new PersonName("sam"), new PersonName("SAM"));

    [Fact]
    public void Name_KeepsItsSpellingForDisplay() => Assert.Equal("My Manager", new PersonName("My Manager").ToString());

    [Fact]
    public void DefaultName_IsRefusedByAZone() =>
        Assert.Throws<ArgumentException>(() => new ZoneAssignment { Person = default, Zone = BoundaryZone.Inside });

    [Fact]
    public void Relationship_AndBoundaryMap_UseTheSameComparison()
    {
        var map = BoundaryMap.Empty.WithZone("Sam", BoundaryZone.Inside);

        Assert.Equal(BoundaryZone.Inside, map.ZoneOf("SAM"));
        Assert.Equal(new Relationship { Person = "Sam" }, new Relationship { Person = "sam" });
    }

    [Fact]
    public void Name_IsWrittenAsAJsonString() =>
        Assert.Equal("\"Sam\"", JsonSerializer.Serialize(new PersonName("Sam"), EmpathyJson.Redacting.PersonName));

    [Fact]
    public void BlankJsonName_IsRefused() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\" \"", EmpathyJson.Redacting.PersonName));
}
