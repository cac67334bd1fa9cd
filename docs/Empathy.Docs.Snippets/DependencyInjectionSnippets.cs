using Empathy.Core.Connection;
using Empathy.Core.DependencyInjection;
using Empathy.Core.Walls;
using Microsoft.Extensions.DependencyInjection;

namespace Empathy.Docs.Snippets;

public static class DependencyInjectionSnippets
{
    public static (IWallDiagnoser Walls, IConnectionDiagnoser Connection) AddEmpathy()
    {
        // snippet: di-add-empathy
        var services = new ServiceCollection();
        services.AddEmpathy(options =>
        {
            options.Walls.DisguisedAccusations["controlled"] = ["trapped", "anxious"];
            options.Exit.Window = TimeSpan.FromDays(42);
            options.Energy.RecoveryPerHour = 3;
            options.Connection.HalfLife = TimeSpan.FromDays(45);
        });

        using var provider = services.BuildServiceProvider();
        var walls = provider.GetRequiredService<IWallDiagnoser>();
        var connection = provider.GetRequiredService<IConnectionDiagnoser>();
        // end snippet
        return (walls, connection);
    }
}
