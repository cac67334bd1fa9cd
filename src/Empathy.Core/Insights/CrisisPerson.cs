namespace Empathy.Core.Insights;

/// <summary>Who a crisis phrase is about, read from the words before it in its clause.</summary>
public enum CrisisPerson
{
    /// <summary>The writer ("I want to die"; also the default when no other subject is named).</summary>
    Self,

    /// <summary>Another person ("my friend wants to die", "she said she wants to end it").</summary>
    Another,

    /// <summary>The reader, as in advice ("if you ever feel like dying, talk to me").</summary>
    Reader,

    /// <summary>
    /// No one named: a topic word with no subject in its clause ("suicidal thoughts are common", "what is
    /// self harm?"). It does not raise the flag; "I have suicidal thoughts" names the writer and does.
    /// </summary>
    Unnamed,
}
