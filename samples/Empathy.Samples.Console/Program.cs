using Empathy.Samples.Console.Cli;
using Empathy.Samples.Console.Hosting;

// empathy: the library's front door. See docs/console.md for the commands and their contract.
using var app = new EmpathyApp(Terminal.FromSystemConsole(), CliEnvironment.FromProcess());
using var interruption = Interruption.Listen(app.Terminal);
return await EmpathyCli.RunAsync(args, app, interruption.Token);
