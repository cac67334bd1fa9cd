using System.Text.Json;
using System.Text.Json.Serialization;
using Empathy.Core.Privacy;
using Empathy.Core.Serialization;

namespace Empathy.Core.Tests.Serialization;

public class RoundTripTests
{
    /// <summary>
    /// Public models: every exported concrete class or struct, except services (diagnosers,
    /// analysers, stores, builders), options, exceptions, JSON plumbing and extension classes, which are not data.
    /// </summary>
    public static TheoryData<string> ModelTypeNames()
    {
        var data = new TheoryData<string>();
        foreach (var type in ModelTypes())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    private static IEnumerable<Type> ModelTypes() =>
        typeof(EmpathyJsonContext).Assembly.GetExportedTypes()
            .Where(t => (t.IsClass || t.IsValueType) && !t.IsEnum && !t.IsAbstract && !t.IsInterface)
            .Where(t => !typeof(JsonConverter).IsAssignableFrom(t) && !typeof(JsonSerializerContext).IsAssignableFrom(t))
            .Where(t => !typeof(Exception).IsAssignableFrom(t))
            .Where(t => !t.Name.EndsWith("Options", StringComparison.Ordinal))
            .Where(t => !IsService(t))
            .Where(t => !t.Name.StartsWith('<')) // what the compiler emits for extension blocks (ExerciseResponseJson): no model
            .Where(t => !t.IsDefined(typeof(System.CodeDom.Compiler.GeneratedCodeAttribute), inherit: false)) // generated from packs; they carry their own JSON conversion
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    // A service implements one of the library's interfaces, or is a stateless helper or a builder. Data
    // never does, except the shared shape of the check results.
    private static bool IsService(Type type) =>
        type.GetInterfaces().Any(i => i.Assembly == type.Assembly && i != typeof(Empathy.Core.Insights.IInsightCheckResult))
        || type.Name.EndsWith("Extensions", StringComparison.Ordinal)
        || type.Name.EndsWith("Diagnoser", StringComparison.Ordinal)
        || type.Name.EndsWith("Builder", StringComparison.Ordinal)
        || IsStoragePlumbing(type);

    // What encrypted stores share (codec, keys, cursors): never part of a JSON document.
    private static bool IsStoragePlumbing(Type type) =>
        type.Namespace is "Empathy.Core.Storage.Encryption" or "Empathy.Core.Storage.Keys" or "Empathy.Core.Storage.Cursors";

    [Fact]
    public void EveryModelType_IsFound() => Assert.True(ModelTypes().Count() >= ModelSamples.All.Count);

    [Theory]
    [MemberData(nameof(ModelTypeNames))]
    public void Model_HasGeneratedTypeInfo(string typeName)
    {
        var type = typeof(EmpathyJsonContext).Assembly.GetType(typeName)!;

        Assert.NotNull(EmpathyJsonContext.Default.GetTypeInfo(type));
    }

    [Theory]
    [MemberData(nameof(ModelTypeNames))]
    public void Model_RoundTripsThroughTheRevealingContext(string typeName)
    {
        var type = typeof(EmpathyJsonContext).Assembly.GetType(typeName)!;
        Assert.True(ModelSamples.All.TryGetValue(type, out var sample), $"Add a sample of {typeName} to ModelSamples.");

        var json = JsonSerializer.Serialize(sample, type, EmpathyJson.Revealing);
        var back = JsonSerializer.Deserialize(json, type, EmpathyJson.Revealing);

        Assert.Equal(sample, back);
        Assert.Equal(json, JsonSerializer.Serialize(back, type, EmpathyJson.Revealing));
    }

    [Fact]
    public void DefaultContext_RedactsPrivateText()
    {
        var entry = Journal.JournalEntryTests.Sample();

        var json = JsonSerializer.Serialize(entry, EmpathyJsonContext.Default.JournalEntry);

        Assert.DoesNotContain("boss summarised", json);
        Assert.Contains("\"whatHappened\":\"[redacted]\"", json);
    }

    [Fact]
    public void DefaultContext_RefusesToReadARedactedDocument()
    {
        var json = JsonSerializer.Serialize(Journal.JournalEntryTests.Sample(), EmpathyJsonContext.Default.JournalEntry);

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, EmpathyJsonContext.Default.JournalEntry));

        Assert.Contains("redacted", error.Message);
    }

    [Fact]
    public void RevealingContext_WritesTheText()
    {
        var json = JsonSerializer.Serialize(new SensitiveText("my words"), EmpathyJson.Revealing.SensitiveText);

        Assert.Equal("\"my words\"", json);
    }

    [Fact]
    public void Names_AreCamelCase_AndEnumsAreStrings()
    {
        var json = JsonSerializer.Serialize(Journal.JournalEntryTests.Sample(), EmpathyJson.Revealing.JournalEntry);

        Assert.Contains("\"lifeAreas\":[\"Work\"]", json);
        Assert.Contains("\"schemaVersion\":1", json);
    }

    [Fact]
    public void JournalEntry_WithListsLeftOut_ReadsThemAsEmpty()
    {
        const string json = """
            {"id":"0190a0a0-0000-7000-8000-000000000001","schemaVersion":1,"feltAt":"2026-01-01T09:00:00+00:00",
             "loggedAt":"2026-01-01T10:00:00+00:00","whatHappened":"The meeting ended at ten."}
            """;

        var entry = JsonSerializer.Deserialize(json, EmpathyJson.Revealing.JournalEntry)!;

        Assert.Equal("The meeting ended at ten.", entry.WhatHappened.Reveal());
        Assert.Empty(entry.AutomaticThoughts);
        Assert.Empty(entry.Tags);
        Assert.Empty(entry.Emotions);
    }

    [Fact]
    public void InsightResults_WithListsLeftOut_ReadThemAsEmpty()
    {
        var observation = JsonSerializer.Deserialize("{}", EmpathyJson.Revealing.ObservationCheckResult)!;
        var reply = JsonSerializer.Deserialize("{}", EmpathyJson.Revealing.ReplyCheckResult)!;
        var report = JsonSerializer.Deserialize("""{"entriesRead":0,"thoughtsRead":0}""", EmpathyJson.Revealing.CoreThoughtReport)!;

        Assert.True(observation.IsObjective);
        Assert.Empty(reply.Suggestions);
        Assert.Empty(report.Themes);
    }

    [Fact]
    public void InvalidValue_InJson_FailsWithTheModelsMessage()
    {
        const string json = """{"cognitive":5,"affective":500,"concern":1}""";

        var error = Assert.ThrowsAny<Exception>(() => JsonSerializer.Deserialize(json, EmpathyJson.Revealing.EmpathyLevels));

        Assert.Contains("affective", error.Message + error.InnerException?.Message);
    }
}
