namespace Empathy.Core.Storage.Practice;

/// <summary>
/// One stored practice record of an owner: its id, when it happened (what range listings compare), and the
/// model itself (a <see cref="Relationships.Relationship"/>, an <see cref="Energy.EnergyTank"/>, ...).
/// </summary>
/// <typeparam name="T">The model type of the record's <see cref="PracticeKind{T}"/>.</typeparam>
/// <param name="Id">The record's id, unique per owner and kind; not <c>default</c>.</param>
/// <param name="At">
/// When the record happened or was started (a relationship's start, a tank's first point, a note's writing);
/// stores keep it in clear (UTC ticks) to list by time, and return it with the offset it was given.
/// </param>
/// <param name="Value">The model; not <see langword="null"/>.</param>
/// <remarks>
/// Immutable and thread-safe (as the model is; every model of <see cref="PracticeKinds"/> is immutable).
/// Equality compares the id, the instant (as <see cref="DateTimeOffset"/> does) and the model's own equality.
/// </remarks>
public sealed record PracticeRecord<T>(PracticeRecordId Id, DateTimeOffset At, T Value)
    where T : class
{
    /// <summary>The record's id.</summary>
    /// <exception cref="ArgumentException">The id is <c>default</c>.</exception>
    public PracticeRecordId Id
    {
        get;
        init => field = Checked(value);
    } = Checked(Id);

    /// <summary>The model.</summary>
    /// <exception cref="ArgumentNullException">The model is <see langword="null"/>.</exception>
    public T Value
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Value), "A practice record needs its model.");
    } = Value ?? throw new ArgumentNullException(nameof(Value), "A practice record needs its model.");

    private static PracticeRecordId Checked(PracticeRecordId id)
    {
        PracticeRecordId.ThrowIfDefault(id, nameof(Id));
        return id;
    }
}
