using Empathy.Core.Components;
using Empathy.Core.Insights.Text;

namespace Empathy.Core.Insights.Lexicons;

/// <summary>
/// The compiled reply section: its matcher (dismissive rules, component evidence, crisis rules), the
/// suggestions, and the interjections a reply may open with before a comma.
/// </summary>
internal sealed record ReplyLexicon(Matcher Matcher, IReadOnlyDictionary<EmpathyComponent, string> Suggestions, LeadingInterjections Interjections);
