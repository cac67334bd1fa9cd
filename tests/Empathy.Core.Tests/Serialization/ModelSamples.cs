using Empathy.Core.Relationships;
using Empathy.Core.Boundaries;
using Empathy.Core.Components;
using Empathy.Core.Connection;
using Empathy.Core.Critic;
using Empathy.Core.Energy;
using Empathy.Core.Exercises;
using Empathy.Core.Insights;
using Empathy.Core.Insights.CoreThoughts;
using Empathy.Core.Insights.Messages;
using Empathy.Core.Insights.Observations;
using Empathy.Core.Insights.Replies;
using Empathy.Core.Interop.Fhir;
using Empathy.Core.Interop.HealthKit;
using Empathy.Core.Journal;
using Empathy.Core.Privacy;
using Empathy.Core.People;
using Empathy.Core.Profiles;
using Empathy.Core.SelfEmpathy;
using Empathy.Core.Storage;
using Empathy.Core.Tests.Exercises;
using Empathy.Core.Walls;
using Empathy.Core.Tests.Journal;

namespace Empathy.Core.Tests.Serialization;

/// <summary>
/// One fully populated sample of every public model type. The round-trip test finds the model types
/// by reflection and fails when one has no sample here, so a new model cannot be forgotten.
/// </summary>
internal static class ModelSamples
{
    public static IReadOnlyDictionary<Type, object> All { get; } = Build();

    private static Dictionary<Type, object> Build()
    {
        var entry = JournalEntryTests.Sample();
        var stateOfMind = new StateOfMindMapper().ToSample(entry with { Valence = -0.5, Emotions = [.. entry.Emotions, new EmotionRating { Emotion = "hurt", IntensityBefore = 30 }] })!;
        var diagnosis = new ProfileDiagnoser().Diagnose(new ProfileObservation
        {
            Levels = new EmpathyLevels(10, 10, 10),
            BoundaryKeeping = 30,
            Signals = [ProfileSignal.HarshEmotionalHistory],
        });

        var wall = new WallDiagnoser().Diagnose(new WallObservation { Signals = [WallSignal.CounterAttacks, WallSignal.RespondsToClearRules, WallSignal.Guarded] });
        var rule = new IfThenRule
        {
            Behaviour = "you interrupt me",
            Consequence = "I will stop and ask you to finish first",
            Timeframe = "in the next meeting",
            Deadline = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(1)),
            IsActive = true,
            MatchPhrases = ["interrupt"],
        };
        var map = BoundaryMap.Empty.WithZone("Sam", BoundaryZone.Inside).WithZone("Alex", BoundaryZone.Doorstep).WithRule(rule);
        var evaluation = map.Evaluate("He interrupted me twice", new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero));
        var record = Boundaries.ExitDiagnoserTests.DrainingRecord(weeks: 5, adjustmentsEvery: 2);
        var exit = new ExitDiagnoser().Diagnose(record, record.CheckIns[^1].At);
        var tankStart = new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
        var dive = EnergyTank.Start(new EnergyOptions(), tankStart, level: 70).StartDive(tankStart.AddHours(2), 30, "listening to Sam");
        var tank = dive.Tank.Surface(tankStart.AddHours(3), 35);
        var energy = new EnergyDiagnoser().Diagnose(tank, tankStart.AddHours(5));
        var relationship = Connection.ConnectionDiagnoserTests.Weekly("Sam", weeks: 3);
        var connection = new ConnectionDiagnoser().Diagnose(relationship, relationship.Interactions[^1].At.AddDays(2));
        var refusal = new FeelingStatementBuilder().When("you left").IFeel("abandoned").Build();
        var observation = new ObservationCheck().Check("He obviously did it on purpose, and I want to die.");
        var message = new MessageCheck().Check("You never listen to me and I feel hurt.");
        var reply = new ReplyCheck().Check("That sounds painful. Have you tried yoga?");
        var critic = new InnerCritic { Name = "the heckler", TypicalPhrases = ["not good enough"] };
        var report = new CoreThoughtGrouper().Group(
            [entry with { AutomaticThoughts = ["I'm not good enough.", "I want to die."] }],
            [critic]);

        return new Dictionary<Type, object>
        {
            [typeof(InsightFinding)] = observation.Findings[0],
            [typeof(CrisisSignal)] = report.CrisisSignals[0],
            [typeof(CrisisMention)] = report.CrisisSignals[0].Mentions[0],
            [typeof(ObservationCheckResult)] = observation,
            [typeof(MessageCheckResult)] = message,
            [typeof(ReplyCheckResult)] = reply,
            [typeof(ComponentEvidence)] = reply.Evidence[0],
            [typeof(CoreThoughtReport)] = report,
            [typeof(CoreThoughtTheme)] = report.Themes[0],
            [typeof(CoreThoughtExample)] = report.Themes[0].Examples[0],
            [typeof(WeekCount)] = report.Themes[0].Weeks[0],
            [typeof(CriticVoice)] = report.CriticVoices[0],
            [typeof(CriticVoiceExample)] = report.CriticVoices[0].Examples[0],
            [typeof(EmpathyLevels)] = new EmpathyLevels(12, 34, 56),
            [typeof(ProfileObservation)] = new ProfileObservation { Levels = new EmpathyLevels(1, 2, 3), BoundaryKeeping = 4, Signals = [ProfileSignal.EmotionsRarelyNamed] },
            [typeof(ProfileDiagnosis)] = diagnosis,
            [typeof(ProfileReason)] = diagnosis.Reasons[0],
            [typeof(JournalEntry)] = entry,
            [typeof(JournalEntryId)] = entry.Id,
            [typeof(EmotionRating)] = entry.Emotions[0],
            [typeof(FollowUp)] = new FollowUp { Due = new DateOnly(2026, 1, 2), Outcome = "better" },
            [typeof(SensitiveText)] = new SensitiveText("private words"),
            [typeof(InnerCritic)] = new InnerCritic { Name = "Ms Perfect", TypicalPhrases = ["not good enough"] },
            [typeof(CriticAttribution)] = new CriticAttribution("Ms Perfect", "not good enough", 3, 15),
            [typeof(SelfEmpathyNote)] = new SelfEmpathyNote { AcknowledgeFeeling = "a", Normalise = "b", CreditEffort = "c", NextStep = "d" },
            [typeof(LocalizedText)] = ExerciseSamples.Text("Listen first", "Escucha primero"),
            [typeof(InfoStep)] = ExerciseSamples.Info,
            [typeof(TextStep)] = ExerciseSamples.Text(),
            [typeof(ChoiceStep)] = ExerciseSamples.Choice,
            [typeof(ChoiceOption)] = ExerciseSamples.Choice.Options[0],
            [typeof(ScaleStep)] = ExerciseSamples.Scale,
            [typeof(TimerStep)] = ExerciseSamples.Timer,
            [typeof(ExerciseDefinition)] = ExerciseSamples.Exercise,
            [typeof(ExercisePack)] = ExerciseSamples.Pack,
            [typeof(ExercisePackFile)] = new ExercisePackFile("kindness.exercises.json", "{}"),
            [typeof(ExercisePackProblem)] = ExerciseSamples.Problem,
            [typeof(ExercisePackLoadResult)] = new ExercisePackLoadResult { Pack = ExerciseSamples.Pack, Problems = [ExerciseSamples.Problem with { Severity = ExercisePackProblemSeverity.Warning }] },
            [typeof(ExerciseAnswer)] = ExerciseAnswer.FromChoices(["tired", "scared"]),
            [typeof(ExerciseResponse)] = ExerciseSamples.Response,
            [typeof(ExerciseResponseProblem)] = new ExerciseResponseProblem { StepId = "intensity", Kind = ExerciseResponseProblemKind.OutOfRange, Message = "too high" },
            [typeof(WallObservation)] = new WallObservation { Signals = [WallSignal.Guarded, WallSignal.OffersSolutions] },
            [typeof(WallDiagnosis)] = wall,
            [typeof(WallReason)] = wall.Reasons[0],
            [typeof(WallSignalWeight)] = new WallSignalWeight(0.25, 0.5),
            [typeof(DanceMove)] = DanceMove.ReduceThreat,
            [typeof(FeelingStatement)] = new FeelingStatement { Observation = "you don't answer", Feeling = "uneasy", Need = "to know we're fine", Request = "tell me what you're thinking" },
            [typeof(FeelingStatementResult)] = refusal,
            [typeof(DisguisedAccusation)] = refusal.Accusation!,
            [typeof(IfThenRule)] = rule,
            [typeof(ZoneAssignment)] = map.Zones[0],
            [typeof(BoundaryMap)] = map,
            [typeof(RuleOutcome)] = evaluation.Outcomes[0],
            [typeof(RuleEvaluation)] = evaluation,
            [typeof(RelationshipCheckIn)] = record.CheckIns[0] with { Note = "a hard week" },
            [typeof(ExitReason)] = exit.Reasons[0],
            [typeof(ExitDiagnosis)] = exit,
            [typeof(EnergyPoint)] = tank.Timeline[1],
            [typeof(Dive)] = tank.Dives[0],
            [typeof(EnergyTank)] = tank,
            [typeof(DiveResult)] = dive,
            [typeof(EnergyDiagnosis)] = energy,
            [typeof(EnergyReason)] = energy.Reasons[0],
            [typeof(Interaction)] = relationship.Interactions[0],
            [typeof(Relationship)] = relationship with { IdealContactEvery = TimeSpan.FromDays(3), MaximumContactGap = TimeSpan.FromDays(10), CheckIns = record.CheckIns },
            [typeof(PersonName)] = new PersonName("Sam"),
            [typeof(ConnectionDiagnosis)] = connection,
            [typeof(ConnectionReason)] = connection.Reasons[1],
            [typeof(JournalOwnerId)] = new JournalOwnerId("owner-7"),
            [typeof(JournalQuery)] = new JournalQuery { From = entry.FeltAt, To = entry.FeltAt.AddDays(1), Tag = "boss", Order = JournalOrder.NewestFirst, PageSize = 20, Continuation = "token" },
            [typeof(JournalPage)] = new JournalPage { Entries = [entry], TamperedEntryIds = [JournalEntryId.New()], Continuation = "next" },
            [typeof(JournalExport)] = new JournalExport { ExportedAt = entry.LoggedAt, Entries = [entry] },
            [typeof(JournalImportResult)] = new JournalImportResult { Added = 3, AlreadyPresent = 1 },
            [typeof(Empathy.Core.Storage.PracticeRecordId)] = Empathy.Core.Storage.PracticeRecordId.Parse("8e0b9d3c-3f4e-4c55-9d1e-0f6b3b0c2a11"),
            [typeof(Empathy.Core.Storage.PracticeQuery)] = new Empathy.Core.Storage.PracticeQuery { From = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(1)), Order = JournalOrder.NewestFirst, PageSize = 20, Continuation = "token" },
            [typeof(Empathy.Core.Storage.PracticeImportResult)] = new Empathy.Core.Storage.PracticeImportResult { Added = 2, AlreadyPresent = 5 },
            [typeof(Empathy.Core.Storage.OwnerDataImportResult)] = new Empathy.Core.Storage.OwnerDataImportResult(new JournalImportResult { Added = 3, AlreadyPresent = 1 }, new Empathy.Core.Storage.PracticeImportResult { Added = 2, AlreadyPresent = 5 }),
            [typeof(JournalVerification)] = new JournalVerification { EntryCount = 4, ExpectedEntryCount = 5, RowSetMatches = false, TamperedEntryIds = [new JournalEntryId(Guid.Parse("0196f2a4-3c1e-7b2a-9d4e-5f6a7b8c9d01"))], UnreadableRowIds = ["not-an-id"] },
            [typeof(QuestionnaireResponseReadResult)] = new QuestionnaireResponseReadResult
            {
                Response = ExerciseSamples.Response,
                Exercise = ExerciseSamples.Exercise,
                Questionnaire = "https://fhir.example.org/Questionnaire/kindness/listen-first|1.0.0",
                Status = "completed",
                Authored = entry.LoggedAt,
                Problems = [new ExerciseResponseProblem { StepId = "intensity", Kind = ExerciseResponseProblemKind.OutOfRange, Message = "linkId 'intensity': too high" }],
            },
            [typeof(StateOfMindEmotion)] = stateOfMind.Emotions[0],
            [typeof(StateOfMindSample)] = stateOfMind,
            [typeof(StateOfMindExport)] = new StateOfMindExport { ExportedAt = entry.LoggedAt, Samples = [stateOfMind], SkippedEntryIds = [JournalEntryId.New()] },
        };
    }
}
