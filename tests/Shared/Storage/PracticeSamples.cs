using Empathy.Core.Boundaries;
using Empathy.Core.Critic;
using Empathy.Core.Energy;
using Empathy.Core.Exercises;
using Empathy.Core.Exercises.BuiltIn;
using Empathy.Core.Privacy;
using Empathy.Core.Relationships;
using Empathy.Core.SelfEmpathy;
using Empathy.Core.Storage;
using Empathy.Core.Storage.Practice;

namespace Empathy.Tests.Shared.Storage;

/// <summary>Fully populated practice records for store tests, one per kind: every member set, so a round trip checks every field.</summary>
public static class PracticeSamples
{
    /// <summary>Private words no store may ever write in clear.</summary>
    public const string SecretPhrase = JournalSamples.SecretPhrase;

    public static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(2));

    public static Relationship Relationship(string person = "Sam", DateTimeOffset? at = null)
    {
        var start = at ?? Start;
        return new Relationship
        {
            Person = person,
            Interactions =
            [
                new Interaction { At = start, Kind = InteractionKind.InPerson, Proximity = 80, Duration = TimeSpan.FromMinutes(90) },
                new Interaction { At = start.AddDays(3), Kind = InteractionKind.Message, Proximity = 35 },
                new Interaction { At = start.AddDays(5), Kind = InteractionKind.VideoCall, Proximity = 60, Duration = TimeSpan.FromMinutes(25) },
            ],
            CheckIns =
            [
                new RelationshipCheckIn { At = start.AddDays(1), Depletion = 70, Frustration = 60, SelfDoubt = 55, Note = new SensitiveText(SecretPhrase) },
                new RelationshipCheckIn { At = start.AddDays(8), Depletion = 75, Frustration = 65, SelfDoubt = 60, AdjustmentTried = true },
            ],
            IdealContactEvery = TimeSpan.FromDays(4),
            MaximumContactGap = TimeSpan.FromDays(12),
        };
    }

    /// <summary>A tank with two finished dives (one over the reserve by override) and one under way.</summary>
    public static EnergyTank Tank(DateTimeOffset? at = null)
    {
        var start = at ?? Start;
        var tank = EnergyTank.Start(capacity: 100, reserve: 30, recoveryPerHour: 5, start, level: 90);
        tank = tank.StartDive(start.AddHours(1), plannedCost: 40, label: "listening to Sam after the funeral").Tank;
        tank = tank.Surface(start.AddHours(3), actualCost: 45);
        var overridden = tank.StartDive(start.AddHours(4), plannedCost: 30, label: "the late call", overrideReserve: true);
        tank = overridden.Tank.Surface(start.AddHours(5), actualCost: 20);
        return tank.StartDive(start.AddHours(20), plannedCost: 10).Tank;
    }

    public static InnerCritic Critic(string name = "the heckler") =>
        new() { Name = name, TypicalPhrases = ["you always mess this up", SecretPhrase] };

    public static BoundaryMap Boundaries(DateTimeOffset? at = null) =>
        BoundaryMap.Empty
            .WithZone("Sam", BoundaryZone.Inside)
            .WithZone("the neighbour", BoundaryZone.Doorstep)
            .WithZone("Alex", BoundaryZone.Outside)
            .WithRule(new IfThenRule
            {
                Behaviour = "you interrupt me",
                Consequence = "I will stop and ask you to finish first",
                Timeframe = "in the next meeting",
                Deadline = (at ?? Start).AddDays(30),
                MatchPhrases = ["interrupt", "talks over me"],
            })
            .WithRule(new IfThenRule { Behaviour = "you shout", Consequence = "I will leave the room", IsActive = false });

    public static ExerciseDefinition Exercise => EmpathyPack.VulnerabilityPractice;

    public static ExerciseResponse Response() => new()
    {
        PackName = EmpathyPack.VulnerabilityPractice.PackName,
        ExerciseId = EmpathyPack.VulnerabilityPractice.Id,
        Answers = new Dictionary<string, ExerciseAnswer>
        {
            [EmpathyPack.VulnerabilityPractice.TrustedFriend.Id] = ExerciseAnswer.FromText("Robin"),
            [EmpathyPack.VulnerabilityPractice.WhatToShare.Id] = ExerciseAnswer.FromText(SecretPhrase),
            [EmpathyPack.VulnerabilityPractice.WhatCameBack.Id] = ExerciseAnswer.FromChoices([EmpathyPack.VulnerabilityPractice.WhatCameBack.Options[0].Value]),
            [EmpathyPack.VulnerabilityPractice.Closeness.Id] = ExerciseAnswer.FromNumber(4),
        },
    };

    public static SelfEmpathyNote Note() => new()
    {
        AcknowledgeFeeling = new SensitiveText("I feel ashamed of how the talk went."),
        Normalise = new SensitiveText("Anyone would feel this after being turned down."),
        CreditEffort = new SensitiveText(SecretPhrase),
        NextStep = new SensitiveText("Next time I will ask for feedback first."),
    };

    public static PracticeRecord<T> Record<T>(T value, DateTimeOffset? at = null)
        where T : class => new(PracticeRecordId.New(), at ?? Start, value);

    /// <summary>A document with one record of every kind (two relationships).</summary>
    public static PracticeExport Export(DateTimeOffset? exportedAt = null) => new()
    {
        ExportedAt = exportedAt ?? Start.AddDays(40),
        Relationships = [Record(Relationship()), Record(Relationship("Robin"), Start.AddDays(2))],
        EnergyTanks = [Record(Tank())],
        InnerCritics = [Record(Critic())],
        BoundaryMaps = [Record(Boundaries())],
        ExerciseResponses = [Record(Response(), Start.AddHours(6))],
        SelfEmpathyNotes = [Record(Note(), Start.AddDays(1))],
    };
}
