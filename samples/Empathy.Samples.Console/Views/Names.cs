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

    /// <summary>Who a crisis phrase is about, in words.</summary>
    /// <param name="person">Who the library read it as about.</param>
    public static string Of(Empathy.Core.Insights.CrisisPerson person) => person switch
    {
        Empathy.Core.Insights.CrisisPerson.Self => "about the writer",
        Empathy.Core.Insights.CrisisPerson.Another => "about someone else",
        Empathy.Core.Insights.CrisisPerson.Reader => "about the reader",
        _ => "no one named",
    };

    /// <summary>When a crisis phrase happens, in words.</summary>
    /// <param name="time">When the library read it as happening.</param>
    public static string Of(Empathy.Core.Insights.CrisisTime time) => time == Empathy.Core.Insights.CrisisTime.Past ? "in the past" : "now";

    /// <summary>Any other enum value in lower-case words: <c>RhetoricalQuestion</c> → "rhetorical question".</summary>
    /// <param name="value">The value.</param>
    public static string InWords<TEnum>(TEnum value)
        where TEnum : struct, Enum => Words(value.ToString());

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
