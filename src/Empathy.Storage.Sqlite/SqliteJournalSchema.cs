namespace Empathy.Storage.Sqlite;

/// <summary>
/// The database layout. In clear: the owner, the entry id, when it was felt (UTC ticks, for time
/// queries), the schema version and the key id. Everything else, tags included, is in <c>sealed</c>.
/// Tags are findable through keyed hashes only. Layout 3: each owner's rows are sealed under that owner's
/// data key, kept wrapped in <c>owner_vaults</c>; its vault key is kept wrapped in <c>owner_vault_wrappings</c>
/// (one row per way in). <c>journal_keys</c> holds only the check record of a single-key store's secret.
/// </summary>
internal static class SqliteJournalSchema
{
    /// <summary>The layout version, stored as meta <c>store_format</c>.</summary>
    public const string StoreFormat = "3";

    /// <summary>Layout 2 sealed every owner's rows under one journal key; it is migrated in place (single-key mode only).</summary>
    public const string StoreFormatWithOneKey = "2";

    /// <summary>Layout 1 had no per-owner digests; it is migrated in place when opened.</summary>
    public const string StoreFormatWithoutDigests = "1";

    public const string CreateDigests = """
        CREATE TABLE IF NOT EXISTS journal_owner_digests (
            owner       TEXT    NOT NULL PRIMARY KEY,
            entry_count INTEGER NOT NULL,
            digest      BLOB    NOT NULL
        ) WITHOUT ROWID;
        """;

    public const string CreateVaults = """
        CREATE TABLE IF NOT EXISTS owner_vaults (
            owner            TEXT NOT NULL PRIMARY KEY,
            data_key_id      TEXT NOT NULL,
            wrapped_data_key BLOB NOT NULL,
            check_value      BLOB NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS owner_vault_wrappings (
            owner             TEXT    NOT NULL,
            slot              TEXT    NOT NULL,
            kind              TEXT    NOT NULL,
            key_id            TEXT    NOT NULL,
            salt              BLOB,
            iterations        INTEGER NOT NULL,
            wrapped_vault_key BLOB    NOT NULL,
            PRIMARY KEY (owner, slot)
        ) WITHOUT ROWID;
        """;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS journal_meta (
            name  TEXT NOT NULL PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS journal_keys (
            key_id      TEXT    NOT NULL PRIMARY KEY,
            method      TEXT    NOT NULL,
            salt        BLOB,
            iterations  INTEGER NOT NULL,
            check_value BLOB    NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS journal_entries (
            owner          TEXT    NOT NULL,
            id             TEXT    NOT NULL,
            felt_at        INTEGER NOT NULL,
            schema_version INTEGER NOT NULL,
            key_id         TEXT    NOT NULL,
            sealed         BLOB    NOT NULL,
            UNIQUE (owner, id)
        );

        CREATE INDEX IF NOT EXISTS journal_entries_by_time ON journal_entries (owner, felt_at, id);

        CREATE TABLE IF NOT EXISTS journal_entry_tags (
            owner    TEXT NOT NULL,
            tag_hash BLOB NOT NULL,
            entry_id TEXT NOT NULL,
            PRIMARY KEY (owner, tag_hash, entry_id)
        ) WITHOUT ROWID;

        CREATE INDEX IF NOT EXISTS journal_entry_tags_by_entry ON journal_entry_tags (owner, entry_id);
        """ + CreateDigests + CreateVaults;

    /// <summary>Set on every connection: zero deleted content, full durability, wait for other writers.</summary>
    public const string ConnectionPragmas = "PRAGMA secure_delete = ON; PRAGMA synchronous = FULL;";

    public const string MetaCodec = "codec";
    public const string MetaStoreFormat = "store_format";
    /// <summary>The id of the single-key store's key record in <c>journal_keys</c> (layouts 1 and 2: the one journal key).</summary>
    public const string MetaActiveKeyId = "active_key_id";
}
