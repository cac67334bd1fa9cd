using Empathy.Core.Insights.Text;

namespace Empathy.Core.Insights.Lexicons;

/// <summary>The compiled observation section: its matcher (with the crisis rules) and the camera-test hint.</summary>
internal sealed record ObservationLexicon(Matcher Matcher, string CameraTest);
