using System.Runtime.CompilerServices;
using Empathy.Core.Relationships;
using Empathy.Core.Boundaries;
using Empathy.Core.Connection;
using Empathy.Core.Energy;
using Empathy.Core.Journal;
using Empathy.Core.Privacy;
using Empathy.Core.Profiles;
using Empathy.Core.Walls;
using Empathy.Docs.Snippets;
using Empathy.Tests.Shared;

namespace Empathy.Core.Tests.Docs;

/// <summary>
/// Runs every documentation snippet and checks what it returns, and checks that every C# block in
/// docs/concepts.md and the README is the text of a compiled snippet, so that the docs cannot drift
/// from the code.
/// </summary>
public partial class SnippetTests
{
    // ---- each snippet runs and does what the docs say ----

    [Fact]
    public void QuickStart_ReadsAHuntingGround()
    {
        var diagnosis = QuickStartSnippets.QuickStart();

        Assert.Equal(EmpathyProfile.HuntingGround, diagnosis.Profile);
        Assert.StartsWith("Hunting ground, confidence 0.80. Cognitive empathy is 85, at or above the threshold 70.", diagnosis.Explain());
    }

    [Fact]
    public void Components_Levels_ReadsAndRefuses()
    {
        var (affective, problem) = ComponentsSnippets.Levels();

        Assert.Equal(40, affective);
        Assert.StartsWith("'affective' must be between 0 and 100 (the library's level scale); it was 140.", problem);
    }

    [Fact]
    public void Profiles_Diagnose_IsADefensiveDryWell()
    {
        var diagnosis = ProfilesSnippets.DiagnoseDryWell();

        Assert.Equal(EmpathyProfile.DryWell, diagnosis.Profile);
        Assert.Equal(DryWellOrigin.Defensive, diagnosis.Origin);
    }

    [Fact]
    public void Walls_Diagnose_IsMixed_ReduceThreatFirst()
    {
        var diagnosis = WallsSnippets.Diagnose();

        Assert.Equal(WallKind.Mixed, diagnosis.Wall);
        Assert.Equal(1.6, diagnosis.DefenseScore, 9);
        Assert.Equal(1.0, diagnosis.LogicScore, 9);
        Assert.Equal([DanceMoveKind.ReduceThreat, DanceMoveKind.SwitchToTheirChannel], diagnosis.Moves.Select(m => m.Kind));
    }

    [Fact]
    public void Walls_FeelingStatement_RendersAsShown() =>
        Assert.Equal(
            "When you don't answer my messages for a whole day, I feel uneasy, because I need to know we're all right. Would you send me a word when you're busy?",
            WallsSnippets.FeelingStatement());

    [Fact]
    public void Walls_DisguisedAccusation_NamesTheWordAndSuggestions()
    {
        var error = WallsSnippets.DisguisedAccusation();

        Assert.Equal("abandoned", error.Word);
        Assert.Equal(["lonely", "scared", "sad"], error.SuggestedFeelings);
    }

    [Fact]
    public void Walls_IfThen_RendersAsShown() =>
        Assert.Equal("If you interrupt me in the next meeting, then I will stop and ask you to finish first.", WallsSnippets.IfThen());

    [Fact]
    public void Journal_Entry_RedactsItsLayers()
    {
        var entry = JournalSnippets.Entry();

        Assert.DoesNotContain("manager", entry.ToString());
        Assert.Contains(SensitiveText.Redacted, entry.ToString());
        Assert.Equal([LifeArea.Work], entry.LifeAreas);
    }

    [Fact]
    public void Critic_Attribute_GivesTheReminder() =>
        Assert.Equal("The heckler is on duty again.", CriticSnippets.Attribute()?.Reminder);

    [Fact]
    public void SelfEmpathy_Note_HasFourMoves() =>
        Assert.False(SelfEmpathySnippets.Note().NextStep.IsBlank);

    [Fact]
    public void Boundaries_ZonesAndRules_FireTheActiveMatchingRule()
    {
        var (map, evaluation) = BoundariesSnippets.ZonesAndRules();

        Assert.Equal(BoundaryZone.Doorstep, map.ZoneOf("My Manager"));
        Assert.Equal([map.Rules[0]], evaluation.Fired);
        Assert.Equal(RuleOutcomeKind.Inactive, evaluation.Outcomes[1].Kind);
    }

    [Fact]
    public void Boundaries_Exit_IsSignalledAsSelfEmpathy()
    {
        var diagnosis = BoundariesSnippets.Exit();

        Assert.True(diagnosis.ExitSignalled);
        Assert.Equal(6, diagnosis.DrainingCheckIns);
        Assert.Equal(2, diagnosis.AdjustmentsTried);
        Assert.Contains("self-empathy, not failure", diagnosis.Explain());
    }

    [Fact]
    public void Energy_Tank_RefusesRecoversAndDiagnoses()
    {
        var (refused, tank, levelAtFive, diagnosis) = EnergySnippets.Tank();

        Assert.False(refused.Accepted);
        Assert.Equal(15, refused.ProjectedLevel);
        Assert.Single(tank.Dives);
        Assert.Equal(37, levelAtFive, 9);
        Assert.Equal(EnergyState.NearReserve, diagnosis.State);
    }

    [Fact]
    public void Energy_Override_IsRecorded()
    {
        var result = EnergySnippets.Override();

        Assert.True(result.Accepted);
        Assert.True(result.OverrodeReserve);
        Assert.True(result.Tank.CurrentDive!.OverrodeReserve);
    }

    [Fact]
    public void Connection_Score_IsYellowAfterTenDays()
    {
        var diagnosis = ConnectionSnippets.Score();

        Assert.Equal(ContactStatus.Yellow, diagnosis.Status);
        Assert.Equal(TimeSpan.FromDays(10), diagnosis.SinceLastContact);
        var expected = Enumerable.Range(0, 4).Sum(week => 0.8 * 2 * Math.Pow(0.5, (31 - (7 * week)) / 30.0));
        Assert.Equal(expected, diagnosis.Score, 9);
    }

    [Fact]
    public void Privacy_SensitiveText_IsRedactedUntilRevealed()
    {
        var (shown, revealed) = PrivacySnippets.SensitiveText();

        Assert.Equal("Thought: [redacted]", shown);
        Assert.Equal("I'm not good enough.", revealed);
    }

    [Fact]
    public void Serialization_Contexts_RedactOrReveal()
    {
        var (redacted, revealed, back) = SerializationSnippets.Contexts();

        Assert.DoesNotContain("manager", redacted);
        Assert.Contains("manager", revealed);
        Assert.Equal("Ms Perfect", back.Name);
    }

    [Fact]
    public void DependencyInjection_AddEmpathy_AppliesTheOptions()
    {
        var (walls, connection) = DependencyInjectionSnippets.AddEmpathy();

        Assert.False(walls.StartFeelingStatement().When("you read my phone").IFeel("controlled").Build().Accepted);
        Assert.IsType<ConnectionDiagnoser>(connection);
    }

    [Fact]
    public void Exercises_Generated_RegistersValidatesAndRoundTrips()
    {
        var (catalog, problems, back) = ExercisesSnippets.Generated();

        Assert.Equal(["empathy", "kindness"], catalog.Packs.Select(p => p.Name));
        Assert.Empty(problems);
        Assert.Equal("She cancelled again.", back.WhatHappened);
        Assert.Equal(6, back.Intensity);
    }

    [Fact]
    public void Exercises_Load_PrintsProblemsInTheCompilerFormat()
    {
        var (result, printed) = ExercisesSnippets.Load("""{ "pack": "kindness", "title": 5 }""");

        Assert.False(result.Succeeded);
        Assert.Contains("downloads/kindness.exercises.json(1,32): error EMP0003:", printed);
    }

    [Fact]
    public async Task Storage_OpenAddAndList_FindsTheEntryByTimeAndTag()
    {
        var folder = Directory.CreateTempSubdirectory("empathy-docs-");
        try
        {
            var page = await StorageSnippets.OpenAddAndList(Path.Combine(folder.FullName, "journal.db"));

            Assert.Equal("In the afternoon meeting my part was not mentioned.", Assert.Single(page.Entries).WhatHappened.Reveal());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Storage_ExportAndImport_MovesTheEntry() =>
        Assert.Equal(1, (await StorageSnippets.ExportAndImport()).Added);

    [Fact]
    public void Storage_AddSqliteJournalStore_ResolvesTheSqliteStore()
    {
        var folder = Directory.CreateTempSubdirectory("empathy-docs-");
        try
        {
            Assert.Equal(typeof(Empathy.Storage.Sqlite.SqliteJournalStore), StorageSnippets.AddSqliteJournalStore(Path.Combine(folder.FullName, "journal.db")));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Insights_Observation_FindsMindReadingFirst()
    {
        var result = InsightsSnippets.Observation();

        Assert.False(result.IsObjective);
        Assert.Equal(3, result.Findings.Count);
        Assert.Equal(("observation.mind-reading", 8, 17), (result.Findings[0].RuleId, result.Findings[0].Start, result.Findings[0].End));
        Assert.StartsWith("What would a camera have recorded?", result.RewriteHint);
    }

    [Fact]
    public void Insights_Message_SuggestsTheIStatementShown()
    {
        var result = InsightsSnippets.Message();

        Assert.Equal("message.blame", Assert.Single(result.Findings).RuleId);
        Assert.Equal(
            "When you don't listen to me, I feel [your feeling: hurt, worried, lonely…] because I need [what you need: to be heard, rest, closeness…]. Would you be willing to listen to me?",
            result.Suggestion);
    }

    [Fact]
    public void Insights_Reply_FixingBesideAffective_IsAFindingButNotDismissive()
    {
        var result = InsightsSnippets.Reply();

        Assert.False(result.IsDismissive);
        Assert.Equal("reply.fixing", Assert.Single(result.Findings).RuleId);
        Assert.Equal([Empathy.Core.Components.EmpathyComponent.Affective], result.Components);
        Assert.Equal(2, result.Suggestions.Count);
    }

    [Fact]
    public void Insights_CoreThoughts_CountsAsPrinted()
    {
        var monday = new DateTimeOffset(2026, 1, 5, 20, 0, 0, TimeSpan.Zero);
        JournalEntry Entry(int day, string thought) => new()
        {
            Id = JournalEntryId.New(),
            FeltAt = monday.AddDays(day),
            LoggedAt = monday.AddDays(day),
            WhatHappened = "The review was moved.",
            AutomaticThoughts = [thought],
        };

        var theme = InsightsSnippets.CoreThoughts([Entry(0, "I'm not good enough."), Entry(2, "Not good enough, again."), Entry(8, "Still not good enough.")]).Themes[0];

        Assert.Equal(("I'm not good enough", 3, 3, 2, 3), (theme.Label, theme.ThoughtCount, theme.EntryCount, theme.Weeks.Count, theme.CriticThoughtCount));
    }

    [Fact]
    public void Insights_CrisisSignals_ReachTheHub()
    {
        var (check, raised) = InsightsSnippets.CrisisSignals();

        Assert.IsType<Empathy.Core.Insights.Observations.ObservationCheck>(check);
        Assert.Single(raised);
    }

    [Fact]
    public void Insights_CrisisHistory_TheFlagStaysDown_TheHistoryReadingCountsThePast() =>
        Assert.Equal((false, true), InsightsSnippets.CrisisHistory());

    [Fact]
    public void Insights_Options_AddTheGoblin() =>
        Assert.True(InsightsSnippets.Options().Check("You're such a goblin.").IsAccusation);

    // ---- the docs show exactly the compiled code ----

    [Fact]
    public void EverySnippetMethod_IsRunByATestHere()
    {
        // This partial class spans the folder (InteropSnippetTests.cs, ...), so read every file of it.
        var tested = string.Concat(Directory.GetFiles(ThisDirectory(), "*.cs").Select(File.ReadAllText));
        var methods = typeof(QuickStartSnippets).Assembly.GetExportedTypes()
            .Where(t => !t.IsDefined(typeof(System.CodeDom.Compiler.GeneratedCodeAttribute), inherit: false)) // generated from Packs/*.exercises.json
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}(");

        Assert.All(methods, m => Assert.Contains(m, tested));
    }

    [Fact]
    public void Insights_Languages_EachKeyedCheckReadsItsLanguage()
    {
        var (spanish, configured) = InsightsSnippets.Languages();

        Assert.Equal([Core.Components.EmpathyComponent.Affective, Core.Components.EmpathyComponent.Concern], spanish.Components);
        Assert.True(spanish.Explores);
        Assert.Equal([Core.Components.EmpathyComponent.Affective, Core.Components.EmpathyComponent.Concern], configured.Components);
    }

    [Fact]
    public void SnippetNames_AreUnique() =>
        Assert.Equal(Regions().Select(r => r.Name).Distinct().Count(), Regions().Count);

    public static TheoryData<string, int> DocBlocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in DocFiles())
        {
            for (var i = 0; i < CSharpBlocks(file).Count; i++)
            {
                data.Add(Path.GetFileName(file), i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DocBlocks))]
    public void DocBlock_IsACompiledSnippet(string document, int index)
    {
        var block = CSharpBlocks(DocFiles().Single(f => Path.GetFileName(f) == document))[index];
        var (directives, body) = SplitUsings(block);

        var region = Regions().FirstOrDefault(r => r.Text == body);

        Assert.True(region is not null, $"C# block {index} of {document} is not the text of any '// snippet:' region in docs/Empathy.Docs.Snippets:\n{body}");
        Assert.All(directives, d => Assert.Contains(d, region.FileUsings));
    }

    [Fact]
    public void EverySnippet_IsShownInTheDocs()
    {
        var shown = DocFiles().SelectMany(CSharpBlocks).Select(b => SplitUsings(b).Body).ToHashSet();

        Assert.All(Regions(), r => Assert.True(shown.Contains(r.Text), $"Snippet '{r.Name}' is not shown in docs/concepts.md, docs/exercise-packs.md, docs/storage.md or the README."));
    }

    [Fact]
    public void ConceptsDoc_HasCSharpBlocks() =>
        Assert.True(CSharpBlocks(Path.Combine(RepositoryRoot(), "docs", "concepts.md")).Count >= 15);

    private static IReadOnlyList<string> DocFiles() =>
        [Path.Combine(RepositoryRoot(), "docs", "concepts.md"), Path.Combine(RepositoryRoot(), "docs", "exercise-packs.md"), Path.Combine(RepositoryRoot(), "docs", "storage.md"), Path.Combine(RepositoryRoot(), "docs", "insights.md"), Path.Combine(RepositoryRoot(), "docs", "interop.md"), Path.Combine(RepositoryRoot(), "README.md")];

    private static List<string> CSharpBlocks(string file) => DocSnippets.CSharpBlocks(file);

    private static (IReadOnlyList<string> Directives, string Body) SplitUsings(string block) => DocSnippets.SplitUsings(block);

    private static IReadOnlyList<DocSnippets.Region> Regions() =>
        DocSnippets.Regions(Directory.GetFiles(Path.Combine(RepositoryRoot(), "docs", "Empathy.Docs.Snippets"), "*.cs"));

    private static string RepositoryRoot() => Path.GetFullPath(Path.Combine(ThisDirectory(), "..", "..", ".."));

    private static string ThisDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
