using Empathy.Core.Profiles;

namespace Empathy.Samples.Console.Views;

/// <summary>Plain words for the library's enum values, as shown to a person.</summary>
internal static class Names
{
    /// <summary>The profile's name in words.</summary>
    /// <param name="profile">The profile.</param>
    public static string Of(EmpathyProfile profile) => profile switch
    {
        EmpathyProfile.DryWell => "dry well",
        EmpathyProfile.HuntingGround => "hunting ground",
        EmpathyProfile.Flood => "flood",
        EmpathyProfile.Performative => "performative",
        EmpathyProfile.Balanced => "balanced",
        _ => "unclear",
    };

    /// <summary>A profile signal in words, as a picker shows it: <c>FeelsStronglyWhenSafe</c> → "feels strongly when safe".</summary>
    /// <param name="signal">The signal.</param>
    public static string Of(ProfileSignal signal) => Words(signal.ToString());

    /// <summary>The dry well's origin in words.</summary>
    /// <param name="origin">The origin.</param>
    public static string Of(DryWellOrigin origin) => origin switch
    {
        DryWellOrigin.Defensive => "defensive",
        DryWellOrigin.Developmental => "developmental",
        _ => "origin unknown",
    };

    private static string Words(string pascal)
    {
        var words = new System.Text.StringBuilder(pascal.Length + 8);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString();
    }
}
