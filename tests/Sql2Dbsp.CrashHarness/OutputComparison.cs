using System.Globalization;

namespace Sql2Dbsp.CrashHarness;

/// <summary>
/// Compares the CSV output files of two runs by their consolidated changes: each file is integrated (row → net weight)
/// and every row's weight compared. An excess is a duplicated delivery, a shortfall a lost one.
/// </summary>
internal static class OutputComparison
{
    /// <summary>Duplicates and losses of <paramref name="actualDirectory"/>'s outputs against <paramref name="expectedDirectory"/>'s.</summary>
    public static (long Duplicates, long Losses, long ActualRecords, long ExpectedRecords, List<string> Examples) Compare(string expectedDirectory, string actualDirectory)
    {
        long duplicates = 0, losses = 0, actualRecords = 0, expectedRecords = 0;
        var examples = new List<string>();
        foreach (string output in InputPlan.Outputs)
        {
            var expected = Integrate(Path.Combine(expectedDirectory, output), ref expectedRecords);
            var actual = Integrate(Path.Combine(actualDirectory, output), ref actualRecords);
            foreach (string row in expected.Keys.Union(actual.Keys))
            {
                long diff = actual.GetValueOrDefault(row) - expected.GetValueOrDefault(row);
                if (diff == 0) continue;
                if (diff > 0) duplicates += diff;
                else losses -= diff;
                if (examples.Count < 5) examples.Add($"{output}: row '{row}' has weight {actual.GetValueOrDefault(row)}, expected {expected.GetValueOrDefault(row)}");
            }
        }
        return (duplicates, losses, actualRecords, expectedRecords, examples);
    }

    /// <summary>Row (the fields before the weight) → net weight, rows of weight 0 left out.</summary>
    public static Dictionary<string, long> Integrate(string path)
    {
        long records = 0;
        return Integrate(path, ref records);
    }

    /// <summary>Row (the fields before the weight) → net weight; a line without a weight (torn) counts as a problem row.</summary>
    private static Dictionary<string, long> Integrate(string path, ref long records)
    {
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        if (!File.Exists(path)) return result;
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0) continue;
            records++;
            int comma = line.LastIndexOf(',');
            if (comma < 0 || !long.TryParse(line.AsSpan(comma + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long weight))
            {
                result["<torn line> " + line] = result.GetValueOrDefault("<torn line> " + line) + 1;
                continue;
            }
            result[line[..comma]] = result.GetValueOrDefault(line[..comma]) + weight;
        }
        foreach (var zero in result.Where(e => e.Value == 0).Select(e => e.Key).ToList()) result.Remove(zero);
        return result;
    }
}
