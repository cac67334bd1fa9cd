namespace Empathy.Samples.Web.Practice;

/// <summary>The tank page's fields for starting a dive or surfacing, as typed.</summary>
public sealed class DiveForm
{
    /// <summary>What the dive is expected to cost, in the tank's units.</summary>
    public string? PlannedCost { get; set; }

    /// <summary>What the dive is ("listening to Sam").</summary>
    public string? Label { get; set; }

    /// <summary>Dive even below the reserve (kept on record).</summary>
    public bool OverrideReserve { get; set; }

    /// <summary>What the dive really cost, when surfacing.</summary>
    public string? ActualCost { get; set; }

    /// <summary>The dive these fields describe, or <see langword="null"/> with an error.</summary>
    public DiveRequest? ToDive(Dictionary<string, string[]> errors) =>
        Required(FormFields.Number(PlannedCost, "plannedCost", errors), "plannedCost", "Say what you expect the dive to cost.", errors) is { } cost
            ? new DiveRequest(cost, Label, OverrideReserve)
            : null;

    /// <summary>The surfacing these fields describe, or <see langword="null"/> with an error.</summary>
    public SurfaceRequest? ToSurface(Dictionary<string, string[]> errors) =>
        Required(FormFields.Number(ActualCost, "actualCost", errors), "actualCost", "Say what the dive really cost.", errors) is { } cost
            ? new SurfaceRequest(cost)
            : null;

    private static double? Required(double? value, string field, string message, Dictionary<string, string[]> errors)
    {
        if (value is null && !errors.ContainsKey(field))
        {
            errors[field] = [message];
        }

        return value;
    }
}
