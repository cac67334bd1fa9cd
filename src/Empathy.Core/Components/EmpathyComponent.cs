namespace Empathy.Core.Components;

/// <summary>
/// One of the three independent parts of empathy.
/// </summary>
/// <remarks>
/// The three parts vary independently of each other: a person can be strong in one and absent in
/// another. Healthy empathy has all three in balance, together with boundaries.
/// </remarks>
public enum EmpathyComponent
{
    /// <summary>"I understand what you mean": reading another's thoughts, intentions and logic. Morally neutral.</summary>
    Cognitive,

    /// <summary>"I feel what you feel": emotional resonance. Without limits it floods the one who feels.</summary>
    Affective,

    /// <summary>Empathic concern, or compassion: "I care about your suffering and choose to act".</summary>
    Concern,
}
