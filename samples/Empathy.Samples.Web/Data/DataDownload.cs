namespace Empathy.Samples.Web.Data;

/// <summary>One file the data page hands over: its name, media type and bytes, and what it holds in words.</summary>
/// <param name="FileName">The suggested file name (Content-Disposition).</param>
/// <param name="ContentType">The media type.</param>
/// <param name="Content">The document's UTF-8 bytes.</param>
/// <param name="Summary">What the file holds, counted (never its text).</param>
public sealed record DataDownload(string FileName, string ContentType, byte[] Content, string Summary);
