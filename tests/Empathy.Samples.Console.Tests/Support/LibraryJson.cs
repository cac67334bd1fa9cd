using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Empathy.Samples.Console.Tests.Support;

/// <summary>How the library's own JSON context spells a value, so tests hold the command line's JSON to the same naming.</summary>
internal static class LibraryJson
{
    /// <summary>The JSON string the library writes for the enum value <paramref name="value"/>.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="typeInfo">Its metadata in <c>EmpathyJsonContext</c>.</param>
    public static string Name<T>(T value, JsonTypeInfo<T> typeInfo)
        where T : struct, Enum =>
        JsonSerializer.Deserialize<string>(JsonSerializer.Serialize(value, typeInfo))!;
}
