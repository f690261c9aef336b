using System.Diagnostics.CodeAnalysis;

namespace Sql2Dbsp;

/// <summary>
/// How the API reads a table or view name a user gives (<see cref="Pipeline.Input"/>, <see cref="Pipeline.Output"/>,
/// the host's <c>/ingress/{table}</c> and <c>/egress/{view}</c>): as SQL reads an identifier. <c>"T"</c> (with the
/// double quotes; doubled quotes inside stand for one) is exactly <c>T</c>; an unquoted name folds to lower case.
/// </summary>
public static class RelationNames
{
    /// <summary>The relation identity a user-given name stands for (compare <c>SqlCatalog.Identity</c>).</summary>
    public static string Identity(string name) =>
        IsQuoted(name) ? name[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : name.ToLowerInvariant();

    /// <summary>The quoted name that finds exactly the relation with identity <paramref name="identity"/>.</summary>
    public static string Quote(string identity) => "\"" + identity.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// The item named <paramref name="name"/> in a map keyed by identity. An unquoted name that folds to no identity
    /// also finds the one item whose identity it matches ignoring case (<c>MyTable</c> finds <c>"MyTable"</c>), unless
    /// several do (then only the quoted name finds each).
    /// </summary>
    internal static bool TryFind<T>(IReadOnlyDictionary<string, T> byIdentity, string name, [NotNullWhen(true)] out T? found) where T : class
    {
        if (byIdentity.TryGetValue(Identity(name), out found)) return true;
        found = null;
        if (IsQuoted(name)) return false;
        foreach (var (identity, item) in byIdentity)
        {
            if (!string.Equals(identity, name, StringComparison.OrdinalIgnoreCase)) continue;
            if (found is not null)
            {
                found = null;
                return false;
            }
            found = item;
        }
        return found is not null;
    }

    private static bool IsQuoted(string name) => name.Length >= 2 && name[0] == '"' && name[^1] == '"';
}
