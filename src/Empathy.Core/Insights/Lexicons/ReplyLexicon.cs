using Empathy.Core.Components;
using Empathy.Core.Insights.Text;

namespace Empathy.Core.Insights.Lexicons;

/// <summary>The compiled reply section: its matcher (dismissive rules, component evidence, crisis rules) and the suggestions.</summary>
internal sealed record ReplyLexicon(Matcher Matcher, IReadOnlyDictionary<EmpathyComponent, string> Suggestions);
