using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Empathy.Core.Serialization;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Encryption;
using Empathy.Storage.Sqlite.Encryption;

namespace Empathy.Benchmarks;

/// <summary>
/// How much CPU does sealing and opening one entry add, on its own? AES-256-GCM against the
/// measurement-only codec that copies the bytes, for one typical serialized entry (about 1 KB). The
/// difference is the whole per-entry cost of encryption in the store (besides tag hashes, cached).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class JournalCodecBenchmarks
{
    private sealed class Config : ManualConfig
    {
        public Config() => this.AddWallAndCpuTimeJobs(Job.ShortRun);
    }

    private readonly AesGcmEntryCodec _aes = new(EntryKeys.DeriveAndWipe("benchmark-key", RandomNumberGenerator.GetBytes(32)));
    private readonly UnencryptedEntryCodecForMeasurement _plain = new();
    private readonly EntryAddress _address = new("benchmark-owner", Guid.CreateVersion7().ToString(), 1);
    private byte[] _payload = [];
    private byte[] _sealedByAes = [];

    [GlobalSetup]
    public void Setup()
    {
        var entry = new Core.Journal.JournalEntry
        {
            Id = Core.Journal.JournalEntryId.New(),
            FeltAt = DateTimeOffset.UnixEpoch,
            LoggedAt = DateTimeOffset.UnixEpoch,
            WhatHappened = "In the afternoon meeting the boss summarised the quarter and did not mention the migration I led for three months.",
            AutomaticThoughts = ["He's unhappy with me.", "I'll be fired.", "I'm a failure."],
            BodySensations = ["stomach clenched", "back cold", "heart racing"],
            WhatIDid = "Shopped online all afternoon, then ate until I felt sick.",
            Emotions = [new Core.Journal.EmotionRating { Emotion = "anxious", IntensityBefore = 80, IntensityAfter = 30 }],
            Tags = ["work", "meeting"],
        };
        _payload = JournalEntryJson.SerializeToUtf8Bytes(entry);
        _sealedByAes = _aes.Seal(_payload, _address);
    }

    [GlobalCleanup]
    public void Cleanup() => _aes.Dispose();

    [Benchmark(Baseline = true)]
    public byte[] Seal_Unencrypted() => _plain.Seal(_payload, _address);

    [Benchmark]
    public byte[] Seal_AesGcm() => _aes.Seal(_payload, _address);

    [Benchmark]
    public bool Open_Unencrypted() => _plain.TryOpen(_payload, _address, out _);

    [Benchmark]
    public bool Open_AesGcm() => _aes.TryOpen(_sealedByAes, _address, out _);
}
