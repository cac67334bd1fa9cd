using System.Text.Json;
using Empathy.Core.Interop.HealthKit;
using Empathy.Core.Storage;

namespace Empathy.Core.Serialization;

/// <summary>
/// Writes and reads a <see cref="StateOfMindExport"/> as JSON, terms in Apple's Swift case names, as
/// <c>StateOfMindMapper.ToJson</c> and <c>StateOfMindMapper.FromJson</c>. They live here, not on the
/// mapper, because the JSON context names every model: a mapper that named it back would make the
/// two namespaces depend on each other.
/// </summary>
public static class StateOfMindJson
{
    // The default context's options, indented: an export is a document a person may read.
    private static readonly EmpathyJsonContext IndentedContext = new(new JsonSerializerOptions(EmpathyJsonContext.Default.Options) { WriteIndented = true });

    // The default (redacting) context, reading moments only with their offset: an export's only moments
    // are its own time and its samples' dates, and one without an offset would move with the reader's zone.
    private static readonly EmpathyJsonContext ReadingContext = new(new JsonSerializerOptions(EmpathyJson.Redacting.Options) { Converters = { new MomentWithOffsetConverter() } });

    extension(StateOfMindMapper)
    {
        /// <summary>Writes an export as indented JSON, terms in Apple's Swift case names.</summary>
        /// <param name="export">The export.</param>
        /// <exception cref="ArgumentNullException"><paramref name="export"/> is <see langword="null"/>.</exception>
        public static string ToJson(StateOfMindExport export)
        {
            ArgumentNullException.ThrowIfNull(export);
            return JsonSerializer.Serialize(export, IndentedContext.StateOfMindExport);
        }

        /// <summary>Reads an export written by <c>ToJson</c>.</summary>
        /// <param name="json">The JSON text.</param>
        /// <exception cref="JsonException">The text is not a valid export (the message says which sample and emotion, which member, why and on which line, lines and bytes counted from 1: a moment without its offset from UTC, a value out of its range, a sample that names one emotion twice among them), has no <c>samples</c> array (another kind of document), or is a newer format.</exception>
        public static StateOfMindExport FromJson(string json)
        {
            ArgumentNullException.ThrowIfNull(json);
            StateOfMindExport? export;
            try
            {
                export = JsonSerializer.Deserialize(json, ReadingContext.StateOfMindExport);
            }
            catch (JsonException unreadable)
            {
                throw new JsonException($"The state-of-mind export cannot be read: {JsonErrorText.Describe(unreadable)}.", unreadable.Path, unreadable.LineNumber, unreadable.BytePositionInLine, unreadable);
            }
            catch (ArgumentException invalid)
            {
                throw StateOfMindImportCheck.Locate(json, invalid, ReadingContext.StateOfMindSample, ReadingContext.StateOfMindEmotion);
            }

            if (export is null)
            {
                throw new JsonException("A state-of-mind export must be a JSON object, not null.");
            }

            // Every member but exportedAt has a default, so another document that has one (a journal export, a
            // whole-owner export) would otherwise read as an export with nothing in it.
            using (var document = JsonDocument.Parse(json))
            {
                if (!document.RootElement.TryGetProperty("samples", out var samples) || samples.ValueKind != JsonValueKind.Array)
                {
                    throw new JsonException("This is not a state-of-mind export: it has no 'samples' array.");
                }
            }

            StateOfMindImportCheck.RefuseRepeatedEmotions(json, export);
            return export;
        }
    }
}
