using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Empathy.Core.Boundaries;
using Empathy.Core.Critic;
using Empathy.Core.Energy;
using Empathy.Core.People;
using Empathy.Core.Relationships;
using Empathy.Core.Serialization;
using Empathy.Core.Storage;
using Empathy.Core.Storage.InMemory;
using Empathy.Core.Storage.Practice;

namespace Empathy.Core.Tests.Utils;

/// <summary>
/// The upper bounds on the models' free-text labels: at the limit a text is kept, one character over it is
/// refused in plain words, and a text stored or exported before the limit existed still loads unchanged.
/// </summary>
public sealed class TextLengthLimitTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(1));
    private static readonly JournalOwnerId Owner = new("owner-1");

    [Fact]
    public void PersonName_AtTheLimit_IsKept() =>
        Assert.Equal(PersonName.MaxLength, new PersonName(new string('a', PersonName.MaxLength)).Value.Length);

    [Fact]
    public void PersonName_OneOverTheLimit_IsRefusedInPlainWords()
    {
        var error = Assert.Throws<ArgumentException>(() => new PersonName(new string('a', 5000)));

        Assert.StartsWith("A person's name must be at most 200 characters; this one has 5000.", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new PersonName(new string('a', PersonName.MaxLength + 1)));
    }

    [Fact]
    public void PersonName_CountsTheTrimmedName() =>
        Assert.Equal(PersonName.MaxLength, new PersonName("  " + new string('a', PersonName.MaxLength) + "  ").Value.Length);

    [Fact]
    public void PersonName_OverTheLimit_InJsonOutsideStoredData_IsAJsonErrorInPlainWords()
    {
        var json = $$"""{"person":"{{new string('a', PersonName.MaxLength + 1)}}"}""";

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, EmpathyJsonContext.Default.Relationship));

        Assert.Contains("A person's name must be at most 200 characters; this one has 201.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InnerCritic_NameAndPhraseAtTheirLimits_AreKept()
    {
        var critic = new InnerCritic { Name = new string('n', InnerCritic.MaxNameLength), TypicalPhrases = [new string('p', InnerCritic.MaxPhraseLength)] };

        Assert.Equal(InnerCritic.MaxNameLength, critic.Name.Length);
        Assert.Equal(InnerCritic.MaxPhraseLength, critic.TypicalPhrases[0].Length);
    }

    [Fact]
    public void InnerCritic_NameOneOver_IsRefusedInPlainWords()
    {
        var error = Assert.Throws<ArgumentException>(() => new InnerCritic { Name = new string('n', InnerCritic.MaxNameLength + 1) });

        Assert.StartsWith("An inner critic's name must be at most 100 characters; this one has 101.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InnerCritic_PhraseOneOver_IsRefusedNamingThePhraseCountedFromOne()
    {
        var error = Assert.Throws<ArgumentException>(() => new InnerCritic { Name = "the heckler", TypicalPhrases = ["you always", new string('p', InnerCritic.MaxPhraseLength + 1)] });

        Assert.StartsWith("Typical phrase 2 of an inner critic must be at most 300 characters; this one has 301.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DiveLabel_AtTheLimit_IsKept_AndOneOverIsRefused()
    {
        var tank = EnergyTank.Start(100, 20, 10, At);

        Assert.Equal(Dive.MaxLabelLength, tank.StartDive(At, 10, new string('l', Dive.MaxLabelLength)).Tank.CurrentDive!.Label!.Length);
        var error = Assert.Throws<ArgumentException>(() => tank.StartDive(At, 10, new string('l', Dive.MaxLabelLength + 1)));
        Assert.StartsWith("A dive's label must be at most 200 characters; this one has 201.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IfThenRule_TextsAtTheLimit_AreKept()
    {
        var text = new string('t', IfThenRule.MaxTextLength);

        var rule = new IfThenRule { Behaviour = text, Consequence = text, Timeframe = text, MatchPhrases = [text] };

        Assert.Equal(IfThenRule.MaxTextLength, rule.Behaviour.Length);
        Assert.Equal(IfThenRule.MaxTextLength, rule.MatchPhrases[0].Length);
    }

    [Theory]
    [InlineData("behaviour", "The IF part of a rule (their behaviour) must be at most 500 characters; this one has 501.")]
    [InlineData("consequence", "The THEN part of a rule (what you will do) must be at most 500 characters; this one has 501.")]
    [InlineData("timeframe", "A rule's time frame must be at most 500 characters; this one has 501.")]
    [InlineData("match", "Match phrase 2 of a rule must be at most 500 characters; this one has 501.")]
    public void IfThenRule_TextOneOver_IsRefusedNamingThePart(string part, string expected)
    {
        var over = new string('t', IfThenRule.MaxTextLength + 1);

        var error = Assert.Throws<ArgumentException>(() => new IfThenRule
        {
            Behaviour = part == "behaviour" ? over : "you interrupt me",
            Consequence = part == "consequence" ? over : "I will stop",
            Timeframe = part == "timeframe" ? over : null,
            MatchPhrases = part == "match" ? ["interrupt", over] : [],
        });

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PracticeExport_WrittenBeforeTheLimits_LoadsEveryOverLongTextUnchanged()
    {
        var json = Encoding.UTF8.GetBytes(OldPracticeExport().ToJsonString());

        var export = PracticeExportJson.Deserialize(json);

        Assert.Equal(LongText, export.Relationships[0].Value.Person.Value);
        Assert.Equal(LongText, export.InnerCritics[0].Value.Name);
        Assert.Equal(LongText, export.InnerCritics[0].Value.TypicalPhrases[0]);
        Assert.Equal(LongText, export.BoundaryMaps[0].Value.Rules[0].Behaviour);
        Assert.Equal(LongText, export.BoundaryMaps[0].Value.Zones[0].Person.Value);
        Assert.Equal(LongText, export.EnergyTanks[0].Value.Dives[0].Label);
    }

    [Fact]
    public async Task PracticeExport_WrittenBeforeTheLimits_ImportsIntoAStore_AndReadsBackUnchanged()
    {
        var export = PracticeExportJson.Deserialize(Encoding.UTF8.GetBytes(OldPracticeExport().ToJsonString()));
        IPracticeStore store = new InMemoryJournalStore();

        await store.ImportAsync(Owner, export);
        var critic = await store.GetAsync(Owner, PracticeKinds.InnerCritics, export.InnerCritics[0].Id);
        var renamed = critic with { Value = critic.Value with { Name = "the heckler" } };
        await store.UpdateAsync(Owner, PracticeKinds.InnerCritics, renamed);

        var read = await store.GetAsync(Owner, PracticeKinds.InnerCritics, critic.Id);
        Assert.Equal("the heckler", read.Value.Name);
        Assert.Equal(LongText, read.Value.TypicalPhrases[0]);
        var exported = await store.ExportAsync(Owner);
        Assert.Equal(export.Relationships, exported.Relationships);
        Assert.Equal(export.EnergyTanks, exported.EnergyTanks);
        Assert.Equal(export.BoundaryMaps, exported.BoundaryMaps);
    }

    [Fact]
    public void AfterReadingEarlierData_NewTextsMeetTheLimitsAgain()
    {
        _ = PracticeExportJson.Deserialize(Encoding.UTF8.GetBytes(OldPracticeExport().ToJsonString()));
        var refused = OldPracticeExport();
        refused["records"]!["inner-critic"]![0]!["schemaVersion"] = 99;
        Assert.Throws<JournalFormatException>(() => PracticeExportJson.Deserialize(Encoding.UTF8.GetBytes(refused.ToJsonString())));

        Assert.Throws<ArgumentException>(() => new PersonName(LongText));
        Assert.Throws<ArgumentException>(() => new InnerCritic { Name = LongText });
    }

    private static readonly string LongText = new('x', 5000);

    // A practice export as a version without length limits wrote it, every label 5000 characters long.
    private static JsonObject OldPracticeExport()
    {
        var text = JsonValue.Create(LongText);
        return new JsonObject
        {
            ["formatVersion"] = 1,
            ["exportedAt"] = "2026-11-20T09:00:00+01:00",
            ["records"] = new JsonObject
            {
                ["relationship"] = new JsonArray(Record("1b0f2c6e-4a1d-4c3e-9f7a-2d5b8e1c0a01", new JsonObject { ["person"] = LongText })),
                ["energy-tank"] = new JsonArray(Record("1b0f2c6e-4a1d-4c3e-9f7a-2d5b8e1c0a02", new JsonObject
                {
                    ["capacity"] = 100, ["reserve"] = 20, ["recoveryPerHour"] = 10,
                    ["timeline"] = new JsonArray(new JsonObject { ["at"] = "2026-11-20T09:00:00+01:00", ["level"] = 100 }),
                    ["dives"] = new JsonArray(new JsonObject { ["label"] = LongText, ["startedAt"] = "2026-11-20T09:00:00+01:00", ["levelAtStart"] = 100, ["plannedCost"] = 10 }),
                })),
                ["inner-critic"] = new JsonArray(Record("1b0f2c6e-4a1d-4c3e-9f7a-2d5b8e1c0a03", new JsonObject { ["name"] = LongText, ["typicalPhrases"] = new JsonArray(LongText) })),
                ["boundary-map"] = new JsonArray(Record("1b0f2c6e-4a1d-4c3e-9f7a-2d5b8e1c0a04", new JsonObject
                {
                    ["zones"] = new JsonArray(new JsonObject { ["person"] = LongText, ["zone"] = "inside" }),
                    ["rules"] = new JsonArray(new JsonObject { ["behaviour"] = LongText, ["consequence"] = LongText, ["timeframe"] = LongText, ["matchPhrases"] = new JsonArray(LongText) }),
                })),
            },
        };
    }

    private static JsonObject Record(string id, JsonObject value) =>
        new() { ["id"] = id, ["at"] = "2026-11-20T09:00:00+01:00", ["schemaVersion"] = 1, ["value"] = value };
}
