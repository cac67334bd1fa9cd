using System.Text.Json;
using System.Text.Json.Serialization;

namespace Empathy.Core.Interop.HealthKit;

/// <summary>
/// Writes a HealthKit term as Apple's Swift case name (<c>momentaryEmotion</c>, <c>currentEvents</c>,
/// <c>selfCare</c>), so a Swift app can map it with <c>HKStateOfMind.Label(rawName)</c>-style tables
/// without renaming; numbers are refused on read.
/// </summary>
internal sealed class HealthKitNameConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
