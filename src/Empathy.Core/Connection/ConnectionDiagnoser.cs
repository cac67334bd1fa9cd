using System.Globalization;
using Empathy.Core.Relationships;
using Empathy.Core.Utils;

namespace Empathy.Core.Connection;

/// <summary>
/// The default <see cref="IConnectionDiagnoser"/>: Proximity × Time = Connection.
/// </summary>
/// <remarks>
/// <para>
/// <b>Score.</b> Each interaction i at or before now adds
/// <c>(Proximity_i ÷ 100) × Hours_i × 0.5^(Age_i ÷ HalfLife)</c>, where Hours_i is its duration
/// clamped to [<see cref="ConnectionOptions.MinimumCountedDuration"/>, <see cref="ConnectionOptions.MaximumCountedDuration"/>]
/// in hours and Age_i is now minus its time. The score is the sum, in "close hours". It only grows
/// with more, closer or longer contact, and only shrinks as time passes without contact: sustained
/// contact compounds because each interaction lands on what is left of the earlier ones, and a gap
/// halves everything every <see cref="ConnectionOptions.HalfLife"/>.
/// </para>
/// <para>
/// <b>Status.</b> With S the time since the last interaction at or before now: S ≤ ideal is
/// <see cref="ContactStatus.Green"/>; ideal &lt; S ≤ maximum is <see cref="ContactStatus.Yellow"/>;
/// S &gt; maximum, or no interaction at all, is <see cref="ContactStatus.Red"/>. Any interaction restarts the timer.
/// </para>
/// <para>Thread-safe; the options are copied at construction.</para>
/// </remarks>
public sealed class ConnectionDiagnoser : IConnectionDiagnoser
{
    private readonly ConnectionOptions _options;

    /// <summary>Creates a diagnoser with the given settings, or the defaults.</summary>
    /// <param name="options">Settings to use; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException">The options are not valid (see <see cref="ConnectionOptions.Validate"/>).</exception>
    public ConnectionDiagnoser(ConnectionOptions? options = null)
    {
        var source = Guard.ValidOptions(options, o => o.Validate(), nameof(options));

        _options = new ConnectionOptions
        {
            HalfLife = source.HalfLife,
            MinimumCountedDuration = source.MinimumCountedDuration,
            MaximumCountedDuration = source.MaximumCountedDuration,
            IdealContactEvery = source.IdealContactEvery,
            MaximumContactGap = source.MaximumContactGap,
        };
    }

    // What one interaction adds to the score at 'now' (0 for an interaction after it); internal so tests can check the formula term by term.
    internal double Contribution(Interaction interaction, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction.At > now)
        {
            return 0;
        }

        var duration = Math.Clamp(interaction.Duration.Ticks, _options.MinimumCountedDuration.Ticks, _options.MaximumCountedDuration.Ticks);
        var hours = TimeSpan.FromTicks(duration).TotalHours;
        var decay = Math.Pow(0.5, (now - interaction.At) / _options.HalfLife);
        return interaction.Proximity / 100.0 * hours * decay;
    }

    /// <inheritdoc />
    public ConnectionDiagnosis Diagnose(Relationship relationship, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        var ideal = relationship.IdealContactEvery ?? _options.IdealContactEvery;
        var maximum = relationship.MaximumContactGap ?? _options.MaximumContactGap;
        if (ideal > maximum)
        {
            throw new ArgumentException(
                Text($"For {relationship.Person}, the ideal contact window ({ideal.TotalDays:0.##} days) is longer than the maximum gap ({maximum.TotalDays:0.##} days); the ideal must not exceed the maximum."),
                nameof(relationship));
        }

        var past = relationship.Interactions.Where(i => i.At <= now).ToList();
        var score = past.Sum(i => Contribution(i, now));
        var reasons = new List<ConnectionReason>
        {
            new()
            {
                Kind = ConnectionReasonKind.Score,
                InteractionsCounted = past.Count,
                Explanation = Text($"Score {score:0.##} close hours from {past.Count} interaction(s): each adds proximity ÷ 100 × hours (counted between {_options.MinimumCountedDuration.TotalMinutes:0.#} minutes and {_options.MaximumCountedDuration.TotalHours:0.#} hours), halved every {_options.HalfLife.TotalDays:0.#} days since it happened."),
            },
        };

        if (past.Count == 0)
        {
            reasons.Add(new ConnectionReason { Kind = ConnectionReasonKind.NoContact, Status = ContactStatus.Red, Explanation = "No contact yet, so the status is red." });
            return new ConnectionDiagnosis
            {
                Person = relationship.Person,
                At = now,
                Score = 0,
                Status = ContactStatus.Red,
                IdealContactEvery = ideal,
                MaximumContactGap = maximum,
                Reasons = reasons,
            };
        }

        var last = past[^1];
        var since = now - last.At;
        var status = since <= ideal ? ContactStatus.Green : since <= maximum ? ContactStatus.Yellow : ContactStatus.Red;
        reasons.Add(new ConnectionReason
        {
            Kind = ConnectionReasonKind.LastContact,
            SinceLastContact = since,
            Status = status,
            Explanation = Text($"The last contact ({InWords(last.Kind)}, proximity {last.Proximity}) was {since.TotalDays:0.#} days ago; ") + status switch
            {
                ContactStatus.Green => Text($"within the ideal window of {ideal.TotalDays:0.#} days, so green."),
                ContactStatus.Yellow => Text($"past the ideal window of {ideal.TotalDays:0.#} days but within the maximum gap of {maximum.TotalDays:0.#}, so yellow."),
                _ => Text($"past the maximum gap of {maximum.TotalDays:0.#} days, so red."),
            },
        });

        return new ConnectionDiagnosis
        {
            Person = relationship.Person,
            At = now,
            Score = score,
            Status = status,
            LastContactAt = last.At,
            SinceLastContact = since,
            IdealContactBy = last.At + ideal,
            IdealContactEvery = ideal,
            MaximumContactGap = maximum,
            Reasons = reasons,
        };
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string InWords(InteractionKind kind) => kind switch
    {
        InteractionKind.InPerson => "a meeting in person",
        InteractionKind.VideoCall => "a video call",
        InteractionKind.Call => "a call",
        InteractionKind.Message => "a message",
        _ => "another kind of contact",
    };
}
