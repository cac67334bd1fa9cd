namespace Empathy.Core.Profiles;

/// <summary>Where a <see cref="EmpathyProfile.DryWell"/> comes from, decided from observed signals only.</summary>
public enum DryWellOrigin
{
    /// <summary>The signals do not tell the origin apart (none observed, or both kinds equally).</summary>
    Unknown,

    /// <summary>Feeling is known but turned down, learned as protection in an emotionally harsh setting.</summary>
    Defensive,

    /// <summary>The emotional dimension barely formed: early feelings were never answered.</summary>
    Developmental,
}
