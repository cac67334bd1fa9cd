using System.Buffers.Text;
using System.Security.Cryptography;

namespace Empathy.Samples.Web.Submissions;

/// <summary>
/// The one-time token a page form that creates a record carries in its hidden field <c>submission</c>: new on every
/// render, so the same form sent twice (a double click, the browser's "send again") carries the same token.
/// </summary>
public static class SubmissionToken
{
    /// <summary>The form field that carries the token.</summary>
    public const string Field = "submission";

    private const int Bytes = 16;

    /// <summary>A new token: 128 random bits, as URL-safe Base64 (22 characters).</summary>
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));

    /// <summary>Whether <paramref name="text"/> has the shape of a token this site renders (anything else is not remembered).</summary>
    public static bool IsWellFormed(string? text) =>
        text is { Length: 22 } && Base64Url.IsValid(text, out var length) && length == Bytes;
}
