using Npgsql;

namespace Empathy.Storage.PostgreSql;

/// <summary>Positional, typed parameters (<c>$1</c>, <c>$2</c>, ...): no boxing, no SQL rewriting by the driver.</summary>
internal static class PostgreSqlParameters
{
    /// <summary>Adds <paramref name="value"/> as the next positional parameter and returns its placeholder.</summary>
    public static string Bind<T>(this NpgsqlParameterCollection parameters, T value)
    {
        parameters.Add(new NpgsqlParameter<T> { TypedValue = value });
        return "$" + parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
