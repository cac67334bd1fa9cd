using Empathy.Core.Connection;
using Empathy.Core.Relationships;

namespace Empathy.Samples.Web.Practice;

/// <summary><c>POST/PUT /api/relationships</c>: a person, and how often contact should happen.</summary>
/// <param name="Person">Their name (as the owner writes it).</param>
/// <param name="IdealContactDays">Contact wanted about every this many days (the library's default when left out).</param>
/// <param name="MaximumGapDays">Longest gap before the connection is at risk.</param>
public sealed record RelationshipRequest(string? Person, int? IdealContactDays = null, int? MaximumGapDays = null);

/// <summary><c>POST /api/relationships/{id}/interactions</c>: one contact.</summary>
/// <param name="Kind">How they were in contact: inPerson, videoCall, call, message or other.</param>
/// <param name="Proximity">How close it felt, from 0 to 100.</param>
/// <param name="Minutes">How long it lasted, in minutes (0 when left out).</param>
/// <param name="At">When (now when left out; not in the future).</param>
public sealed record InteractionRequest(InteractionKind? Kind, int? Proximity, int? Minutes = null, DateTimeOffset? At = null);

/// <summary>A relationship with its connection status (green, yellow or red) and the next contact due.</summary>
public sealed record RelationshipResponse(string Id, string Person, ContactStatus Status, DateTimeOffset? LastContactAt, DateTimeOffset? NextContactDue, int Interactions, string Explanation);

/// <summary><c>POST /api/tank/dives</c>: going into someone else's cold water, with the planned cost.</summary>
/// <param name="PlannedCost">What I expect the dive to cost, from 0 to 1000 (the tank's own units).</param>
/// <param name="Label">Whose water, in a few words; optional.</param>
/// <param name="OverrideReserve">Dive even below the reserve, on purpose (false when left out).</param>
public sealed record DiveRequest(double? PlannedCost, string? Label = null, bool OverrideReserve = false);

/// <summary><c>POST /api/tank/surface</c>: coming back up, with what it really cost.</summary>
/// <param name="ActualCost">What the dive really cost, from 0 to 1000.</param>
public sealed record SurfaceRequest(double? ActualCost);

/// <summary>The tank now: level, reserve, whether a dive is underway, and the level over time.</summary>
public sealed record TankResponse(string Id, double Level, double Capacity, double Reserve, bool IsDiving, string? Explanation, IReadOnlyList<TankPoint> Timeline);

/// <summary>One point of the tank's level over time.</summary>
public sealed record TankPoint(DateTimeOffset At, double Level);

/// <summary><c>POST /api/relationships/{id}/check-ins</c>: how the relationship leaves me now, each 0–100; the exit signal reads these.</summary>
/// <param name="Depletion">How drained I feel after time with them.</param>
/// <param name="Frustration">How frustrated I feel.</param>
/// <param name="SelfDoubt">How much I doubt myself after time with them.</param>
/// <param name="AdjustmentTried">Whether I tried an adjustment since the last check-in (a new rule, a talk, less contact); false when left out.</param>
/// <param name="Note">A private note (sealed like the journal); optional.</param>
/// <param name="At">When (now when left out; not in the future).</param>
/// <remarks>The optional members have defaults, so the OpenAPI document lists only the others as required.</remarks>
public sealed record CheckInRequest(int? Depletion, int? Frustration, int? SelfDoubt, bool AdjustmentTried = false, string? Note = null, DateTimeOffset? At = null);

/// <summary>A relationship's exit signal (continuous depletion despite adjustments) with every condition behind it.</summary>
public sealed record ExitResponse(string Id, string Person, bool ExitSignalled, DateTimeOffset? DrainingSince, int DrainingCheckIns, int AdjustmentsTried, int CheckIns, IReadOnlyList<ExitReasonResponse> Reasons, string Explanation);

/// <summary>One condition of the exit signal and whether it holds.</summary>
public sealed record ExitReasonResponse(Empathy.Core.Boundaries.ExitCondition Condition, bool Holds, string Explanation);
