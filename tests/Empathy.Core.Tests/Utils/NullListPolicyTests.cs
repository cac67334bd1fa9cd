using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Empathy.Core.Serialization;
using Empathy.Core.Tests.Serialization;

namespace Empathy.Core.Tests.Utils;

/// <summary>
/// One policy for a list given to an init member: <see langword="null"/> reads as empty (as when a JSON
/// document leaves the list out). A list that must hold items then refuses the empty list with its own
/// <see cref="ArgumentException"/>, never an <see cref="ArgumentNullException"/>.
/// </summary>
public class NullListPolicyTests
{
    // Namespaces other work is reshaping; they join the policy when they are done.
    private static readonly string[] OutOfScope = ["Empathy.Core.Insights", "Empathy.Core.Storage"];

    public static TheoryData<string, string> ListMembers()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in ModelSamples.All.Keys.Where(t => !OutOfScope.Any(n => t.Namespace!.StartsWith(n, StringComparison.Ordinal))))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(IsInitList))
            {
                data.Add(type.FullName!, property.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ListMembers))]
    public void NullList_GivenToAnInitMember_ReadsAsEmpty(string typeName, string propertyName)
    {
        var type = typeof(EmpathyJsonContext).Assembly.GetType(typeName)!;
        var property = type.GetProperty(propertyName)!;
        var copy = Copy(ModelSamples.All[type]);

        try
        {
            property.SetMethod!.Invoke(copy, [null]);
        }
        catch (TargetInvocationException refused) when (refused.InnerException is ArgumentException error)
        {
            // A list that must hold items refuses the empty list it read, and says so.
            Assert.IsNotType<ArgumentNullException>(error);
            return;
        }

        Assert.Empty((System.Collections.IEnumerable)property.GetValue(copy)!);
    }

    // A list declared nullable (ExerciseAnswer.Choices) gives null a meaning of its own, so it keeps it.
    private static bool IsInitList(PropertyInfo property) =>
        new NullabilityInfoContext().Create(property).WriteState != NullabilityState.Nullable
        && property.SetMethod is { IsPublic: true } setter
        && setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit))
        && property.PropertyType.IsGenericType
        && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>);

    // A fresh instance, so that setting a member never changes the shared sample.
    private static object Copy(object sample)
    {
        var info = EmpathyJson.Revealing.GetTypeInfo(sample.GetType())!;
        return JsonSerializer.Deserialize(JsonSerializer.Serialize(sample, info), info)!;
    }
}
