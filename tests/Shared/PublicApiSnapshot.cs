using System.Reflection;
using System.Runtime.CompilerServices;
using PublicApiGenerator;

namespace Empathy.Tests.Shared;

/// <summary>
/// The public API snapshot of a shipped assembly: PublicApiGenerator renders its public surface as C#,
/// compared with <c>PublicApi/&lt;assembly&gt;.approved.txt</c> beside the calling test (regenerated with
/// <c>EMPATHY_APPROVE=1</c>, see <see cref="ApprovedFile"/>).
/// </summary>
public static class PublicApiSnapshot
{
    private static readonly ApiGeneratorOptions Options = new()
    {
        // Build facts, not API: they change with the build machine and the repository address.
        ExcludeAttributes =
        [
            "System.Reflection.AssemblyMetadataAttribute",
            "System.Runtime.Versioning.TargetFrameworkAttribute",
        ],
    };

    public static void Verify(Assembly assembly, [CallerFilePath] string callerPath = "") =>
        ApprovedFile.Verify(assembly.GeneratePublicApi(Options), $"{assembly.GetName().Name}.approved.txt", callerPath);
}
