using System.Text.Json;
using Empathy.Core.Exercises;

namespace Empathy.Core.Serialization;

/// <summary>
/// Writes and reads an <see cref="ExerciseResponse"/> as JSON through an <see cref="EmpathyJsonContext"/>.
/// They live here, not on the response, because the context names every model: a model that named it
/// back would make its namespace and this one depend on each other.
/// </summary>
public static class ExerciseResponseJson
{
    /// <param name="response">The response.</param>
    extension(ExerciseResponse response)
    {
        /// <summary>Writes the response as JSON.</summary>
        /// <param name="context">The JSON context; <see langword="null"/> means <see cref="EmpathyJson.Redacting"/> (text answers redacted).</param>
        public string ToJson(EmpathyJsonContext? context = null)
        {
            ArgumentNullException.ThrowIfNull(response);
            return JsonSerializer.Serialize(response, (context ?? EmpathyJson.Redacting).ExerciseResponse);
        }

        /// <summary>Reads a response written by <c>ToJson</c>.</summary>
        /// <param name="json">The JSON text.</param>
        /// <param name="context">The JSON context; <see langword="null"/> means <see cref="EmpathyJson.Redacting"/>, which refuses redacted text.</param>
        /// <exception cref="JsonException">The text is not a valid response.</exception>
        public static ExerciseResponse FromJson(string json, EmpathyJsonContext? context = null)
        {
            ArgumentNullException.ThrowIfNull(json);
            return JsonSerializer.Deserialize(json, (context ?? EmpathyJson.Redacting).ExerciseResponse)
                ?? throw new JsonException("An exercise response must be a JSON object, not null.");
        }
    }
}
