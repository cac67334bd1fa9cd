using Xunit.Abstractions;
using Xunit.Sdk;

namespace Empathy.Tests.Shared.Postgres;

/// <summary>
/// xunit's own framework, with one change at discovery: without a server, every test of a class marked
/// <see cref="RequiresPostgreSqlAttribute"/> is discovered as a skipped test case carrying the reason. The
/// shared contract suites use plain <c>[Fact]</c>, which cannot skip itself; this keeps them unchanged and
/// still never lets a test that did not run count as passed. A test project turns it on with the assembly
/// attribute <c>[assembly: TestFramework("Empathy.Tests.Shared.Postgres.PostgresTestFramework", "&lt;its assembly&gt;")]</c>
/// (the projects set it in their .csproj, with the files of tests/Shared/Postgres).
/// </summary>
public sealed class PostgresTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkDiscoverer(assemblyInfo, sourceProvider, diagnosticMessageSink)
    {
        protected override bool FindTestsForMethod(ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            var isTest = testMethod.Method.GetCustomAttributes(typeof(FactAttribute)).Any();
            var needsServer = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgreSqlAttribute)).Any();
            if (!isTest || !needsServer || PostgresServer.ConnectionString is not null)
            {
                return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
            }

            var skipped = new XunitSkippedDataRowTestCase(
                DiagnosticMessageSink,
                discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(),
                testMethod,
                PostgresServer.MissingReason);
            return ReportDiscoveredTestCase(skipped, includeSourceInformation, messageBus);
        }
    }
}
