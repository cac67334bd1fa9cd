using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Empathy.Storage.PostgreSql;

/// <summary>
/// The store's tables, in one schema, as a numbered list of migrations applied in order at start (under
/// an advisory lock) and recorded in <c>schema_migrations</c>. In clear: the owner, the entry id, when it
/// was felt (UTC ticks), the schema version and the key id; everything else, tags included, is in
/// <c>sealed</c>, and tags are findable through keyed hashes only; practice records keep the owner, kind,
/// id, time, schema version and key id in clear; in vault mode each owner's data key is kept only wrapped
/// under their vault key, and the vault key only wrapped under keys derived from their secrets. Exactly
/// what the SQLite store keeps.
/// </summary>
/// <remarks>
/// Ids are <c>COLLATE "C"</c>: pages are sorted by (felt_at, id) and continued from a
/// <see cref="Empathy.Core.Storage.Cursors.JournalCursor"/>, which compares ids ordinally; a
/// language-aware collation would page differently from the cursor. A migration, once released, is never
/// changed: a new layout is a new entry at the end of <see cref="Migrations"/>.
/// </remarks>
internal static class PostgreSqlJournalSchema
{
    /// <summary>Marks where a statement names the store's schema; replaced by the configured schema.</summary>
    public const string SchemaToken = "@schema";

    public const string MetaCodec = "codec";
    public const string MetaActiveKeyId = "active_key_id";

    /// <summary>Set to <see cref="VaultMode"/> when a schema is first opened in vault mode, so a single-key opening refuses it (and the other way round).</summary>
    public const string MetaMode = "mode";
    public const string VaultMode = "vaults";

    /// <summary>The migrations, version 1 first; a database records which it has.</summary>
    public static readonly IReadOnlyList<(int Version, string Description, string Sql)> Migrations =
    [
        (1, "journal entries, tag index, owner digests and the single key", """
            CREATE TABLE @schema.journal_meta (
                name  text COLLATE "C" NOT NULL PRIMARY KEY,
                value text NOT NULL
            );

            CREATE TABLE @schema.journal_keys (
                key_id      text COLLATE "C" NOT NULL PRIMARY KEY,
                method      text    NOT NULL,
                salt        bytea,
                iterations  integer NOT NULL,
                check_value bytea   NOT NULL
            );

            CREATE TABLE @schema.journal_entries (
                owner          text COLLATE "C" NOT NULL,
                id             text COLLATE "C" NOT NULL,
                felt_at        bigint  NOT NULL,
                schema_version integer NOT NULL,
                key_id         text    NOT NULL,
                sealed         bytea   NOT NULL,
                PRIMARY KEY (owner, id)
            );

            CREATE INDEX journal_entries_by_time ON @schema.journal_entries (owner, felt_at, id);

            CREATE TABLE @schema.journal_entry_tags (
                owner    text COLLATE "C" NOT NULL,
                tag_hash bytea NOT NULL,
                entry_id text COLLATE "C" NOT NULL,
                PRIMARY KEY (owner, tag_hash, entry_id)
            );

            CREATE INDEX journal_entry_tags_by_entry ON @schema.journal_entry_tags (owner, entry_id);

            CREATE TABLE @schema.journal_owner_digests (
                owner       text COLLATE "C" NOT NULL PRIMARY KEY,
                entry_count bigint NOT NULL,
                digest      bytea  NOT NULL
            );
            """),
        (2, "practice records", """
            CREATE TABLE @schema.practice_records (
                owner          text COLLATE "C" NOT NULL,
                kind           text COLLATE "C" NOT NULL,
                id             text COLLATE "C" NOT NULL,
                at_ticks       bigint  NOT NULL,
                schema_version integer NOT NULL,
                key_id         text    NOT NULL,
                sealed         bytea   NOT NULL,
                PRIMARY KEY (owner, kind, id)
            );

            CREATE INDEX practice_records_by_time ON @schema.practice_records (owner, kind, at_ticks, id);
            """),
        (3, "per-owner vaults: wrapped data keys and the wrappings of each owner's vault key", """
            CREATE TABLE @schema.owner_vaults (
                owner            text COLLATE "C" NOT NULL PRIMARY KEY,
                data_key_id      text COLLATE "C" NOT NULL,
                wrapped_data_key bytea NOT NULL,
                check_value      bytea NOT NULL
            );

            CREATE TABLE @schema.owner_vault_wrappings (
                owner             text COLLATE "C" NOT NULL REFERENCES @schema.owner_vaults (owner) ON DELETE CASCADE,
                slot              text COLLATE "C" NOT NULL,
                kind              text COLLATE "C" NOT NULL,
                key_id            text COLLATE "C" NOT NULL,
                salt              bytea,
                iterations        integer NOT NULL,
                wrapped_vault_key bytea   NOT NULL,
                PRIMARY KEY (owner, slot)
            );
            """),
    ];

    /// <summary>The newest layout this version of the store knows.</summary>
    public static int LatestVersion => Migrations[^1].Version;

    /// <summary>The table that records applied migrations (created before the first one runs).</summary>
    public const string CreateMigrationsTable = """
        CREATE SCHEMA IF NOT EXISTS @schema;
        CREATE TABLE IF NOT EXISTS @schema.schema_migrations (
            version     integer     NOT NULL PRIMARY KEY,
            description text        NOT NULL,
            applied_at  timestamptz NOT NULL DEFAULT now()
        );
        """;

    /// <summary>
    /// The advisory lock taken while a schema is migrated: the same 64-bit number for the same schema in
    /// every process (a hash of a fixed label and the schema name), so two instances starting together
    /// migrate one after the other and the second finds nothing left to do.
    /// </summary>
    public static long MigrationLockKey(string schema) =>
        BinaryPrimitives.ReadInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes("Empathy.Storage.PostgreSql migrate " + schema)));
}
