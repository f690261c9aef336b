namespace Sql2Dbsp.SqlLogicTest.Results;

/// <summary>
/// Labels of one file: every query with the same label must produce the same result hash. The reference runner keys
/// labels by their first 20 characters. The first query of a label fixes its hash: a skipped query contributes the hash
/// of its expected block, a query that ran the hash of its (verified) result.
/// </summary>
internal sealed class LabelRegistry
{
    private const int KeyLength = 20;
    private readonly Dictionary<string, (string Hash, int Line)> labels = new(StringComparer.Ordinal);

    /// <summary>
    /// Records <paramref name="hash"/> for <paramref name="label"/>; returns the line of the query that fixed a
    /// different hash, or null when the hash is consistent (or new).
    /// </summary>
    public int? Check(string label, string hash, int line)
    {
        string key = label.Length > KeyLength ? label[..KeyLength] : label;
        if (labels.TryGetValue(key, out var first)) return first.Hash == hash ? null : first.Line;
        labels[key] = (hash, line);
        return null;
    }
}
