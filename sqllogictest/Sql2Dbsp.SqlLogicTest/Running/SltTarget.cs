namespace Sql2Dbsp.SqlLogicTest.Running;

/// <summary>A file or directory to run, optionally narrowed to the record that covers <see cref="Line"/> (<c>file.test:LINE</c>).</summary>
internal sealed record SltTarget(string Path, int? Line)
{
    /// <summary>Parses a command-line argument: a path, or <c>path:LINE</c> for a single record.</summary>
    public static SltTarget Parse(string argument)
    {
        int colon = argument.LastIndexOf(':');
        if (colon > 0 && int.TryParse(argument.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int line)
            && !Directory.Exists(argument) && !File.Exists(argument))
            return new SltTarget(argument[..colon], line);
        return new SltTarget(argument, null);
    }
}
