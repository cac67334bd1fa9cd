using Empathy.Core.Storage.Migrations;

namespace Empathy.Core.Storage.Practice;

/// <summary>
/// The registered migration steps of the practice documents: where a new format version adds its step.
/// Each kind's record schema has its own chain on its <see cref="PracticeKind{T}"/> (see <see cref="PracticeKinds"/>).
/// </summary>
internal static class PracticeMigrations
{
    /// <summary>Practice export documents: the <c>formatVersion</c> of <see cref="PracticeExport"/>.</summary>
    public static JsonMigrationChain Exports { get; } =
        new("practice export", "formatVersion", PracticeExport.CurrentFormatVersion, []);

    /// <summary>Whole-owner documents: the <c>formatVersion</c> of <see cref="OwnerDataExport"/>.</summary>
    public static JsonMigrationChain OwnerData { get; } =
        new("owner data export", "formatVersion", OwnerDataExport.CurrentFormatVersion, []);
}
