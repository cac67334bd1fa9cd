using System.Collections.Generic;
using System.Text;

namespace Empathy.Shared.ExercisePacks;

/// <summary>
/// How pack, exercise and step ids become C# names, and which names are taken by the generated
/// classes and their base types.
/// </summary>
internal static class PackNames
{
    /// <summary>Members of every class (from <see cref="object"/>) that an id must not become.</summary>
    private static readonly string[] ObjectMembers = { "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize" };

    /// <summary>Members of the generated pack class.</summary>
    public static readonly HashSet<string> PackMembers = Names("All", "Pack");

    /// <summary>
    /// Members of the generated exercise and response classes (and of their base type,
    /// <c>ExerciseDefinition</c>) that a step name must not take.
    /// </summary>
    public static readonly HashSet<string> StepReserved = Names(
        "PackName", "Id", "Title", "Summary", "Components", "Minutes", "Caution", "Steps", "FindStep",
        "Exercise", "Validate", "ToResponse", "FromResponse", "ToJson", "FromJson");

    /// <summary>
    /// Whether <paramref name="id"/> is kebab-case or snake_case: lower-case letters and digits in
    /// words joined by single '-' or '_', starting with a letter.
    /// </summary>
    public static bool IsValidId(string id, out string reason)
    {
        if (id.Length == 0)
        {
            reason = "an id must not be empty";
            return false;
        }

        if (!(id[0] >= 'a' && id[0] <= 'z'))
        {
            reason = "an id must start with a lower-case letter a-z";
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            {
                continue;
            }

            if (c == '-' || c == '_')
            {
                if (i == id.Length - 1 || id[i + 1] == '-' || id[i + 1] == '_')
                {
                    reason = "'-' and '_' must join two words (no doubled or trailing separator)";
                    return false;
                }

                continue;
            }

            reason = "an id is kebab-case or snake_case: lower-case letters a-z, digits, and '-' or '_' between words";
            return false;
        }

        reason = string.Empty;
        return true;
    }

    /// <summary>Turns a valid id into PascalCase: <c>listen-first</c> and <c>listen_first</c> become <c>ListenFirst</c>.</summary>
    public static string ToPascalCase(string id)
    {
        var builder = new StringBuilder(id.Length);
        var upper = true;
        foreach (var c in id)
        {
            if (c == '-' || c == '_')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }

    /// <summary>
    /// Namespaces that belong to .NET and to the library's exercise types. Generated classes there
    /// would clash with the types already in them (<c>ExercisePack</c>, <c>ExerciseResponse</c>, the
    /// built-in pack's <c>EmpathyPack</c>, <c>System.Net.WebResponse</c>), so a pack may not name one
    /// of them, nor a namespace inside one.
    /// </summary>
    public static readonly string[] ReservedNamespaces = { "System", "Microsoft", "Empathy.Core.Exercises" };

    /// <summary>
    /// Whether <paramref name="name"/> can hold a pack's generated classes: dotted identifiers, none a
    /// keyword, and not inside one of the <see cref="ReservedNamespaces"/>.
    /// </summary>
    public static bool IsValidPackNamespace(string name, out string reason)
    {
        if (!IsValidNamespace(name, out reason))
        {
            return false;
        }

        foreach (var reserved in ReservedNamespaces)
        {
            if (name == reserved || name.StartsWith(reserved + ".", System.StringComparison.Ordinal))
            {
                reason = $"'{reserved}' and the namespaces inside it are reserved for {(reserved == "Empathy.Core.Exercises" ? "the library's exercise types" : ".NET")}, whose types the generated classes would clash with";
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="name"/> is a C# namespace: dotted identifiers, none a keyword.</summary>
    public static bool IsValidNamespace(string name, out string reason)
    {
        if (name.Length == 0)
        {
            reason = "a namespace must not be empty";
            return false;
        }

        foreach (var part in name.Split('.'))
        {
            if (part.Length == 0)
            {
                reason = "a namespace is names joined by single dots";
                return false;
            }

            if (!(char.IsLetter(part[0]) || part[0] == '_'))
            {
                reason = $"'{part}' must start with a letter or '_'";
                return false;
            }

            foreach (var c in part)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_'))
                {
                    reason = $"'{part}' may hold only letters, digits and '_'";
                    return false;
                }
            }

            if (Keywords.Contains(part))
            {
                reason = $"'{part}' is a C# keyword";
                return false;
            }
        }

        reason = string.Empty;
        return true;
    }

    private static HashSet<string> Names(params string[] names)
    {
        var set = new HashSet<string>(names, System.StringComparer.Ordinal);
        set.UnionWith(ObjectMembers);
        return set;
    }

    private static readonly HashSet<string> Keywords = new(System.StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while", "global",

        // Undocumented keywords the compiler still reserves: "namespace __arglist" does not compile.
        "__arglist", "__makeref", "__reftype", "__refvalue",
    };
}
