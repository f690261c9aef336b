using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Syntax;

namespace Sql2Dbsp.Compiler.Binding;

internal sealed partial class Binder
{
    /// <summary>
    /// Feldera's compiler options (docs.feldera.com, "Setting options"). None changes what Sql2Dbsp computes: warning
    /// controls (Sql2Dbsp has no such warnings) and switches of Feldera's own code generation. They are accepted and
    /// ignored so that Feldera programs compile; any other option is an error, so that a typo is not silently ignored.
    /// </summary>
    private static readonly HashSet<string> IgnoredOptions = new(StringComparer.OrdinalIgnoreCase)
    {
        "FELDERA_WARNINGS_ARE_ERRORS", "ENFORCE_POSITIVE_INPUTS", "FELDERA_AVOID_STAR_JOINS", "FELDERA_FLAT_VARIANT",
        "FELDERA_USE_MULTI_JOINS",
    };

    private const string IgnoreWarningPrefix = "FELDERA_IGNORE_WARNING_";

    private void BindSet(SetStatement s)
    {
        string option = s.Option.Text;
        if (IgnoredOptions.Contains(option) || option.StartsWith(IgnoreWarningPrefix, StringComparison.OrdinalIgnoreCase)) return;
        diagnostics.Error(ErrorCodes.InvalidStatement, $"unknown option '{option}' in SET", s.Option.Span,
            $"the options accepted (and ignored, as they only steer Feldera's compiler) are {string.Join(", ", IgnoredOptions.Order())} and {IgnoreWarningPrefix}<name>");
    }
}
