using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Sql2Dbsp.Build;

/// <summary>
/// SQL names → C# names, deterministically: words (runs of letters and digits) are capitalized and joined
/// (<c>revenue_by_region</c> → <c>RevenueByRegion</c>, <c>"MyTable"</c> → <c>MyTable</c>); a leading digit gets a
/// <c>_</c>; a name taken already in the same scope gets a number (<c>Total2</c>).
/// </summary>
internal static class CSharpNames
{
    public static string Pascal(string sqlName)
    {
        var name = new StringBuilder(sqlName.Length);
        bool wordStart = true;
        foreach (char c in sqlName)
        {
            if (!char.IsLetterOrDigit(c))
            {
                wordStart = true;
                continue;
            }
            name.Append(wordStart ? char.ToUpperInvariant(c) : c);
            wordStart = false;
        }
        if (name.Length == 0 || char.IsDigit(name[0])) name.Insert(0, '_');
        return name.ToString();
    }

    /// <summary>The program class of a .sql file without a ClassName: <c>orders.sql</c> → <c>OrdersProgram</c>.</summary>
    public static string DefaultClassName(string sqlPath) => Pascal(Path.GetFileNameWithoutExtension(sqlPath)) + "Program";

    public static bool IsIdentifier(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    public static bool IsValidNamespace(string name) => name.Length > 0 && name.Split('.').All(IsIdentifier);

    /// <summary><paramref name="name"/>, or with the smallest number from 2 on that makes it unused; then marks it used.</summary>
    public static string Unique(string name, HashSet<string> used)
    {
        string candidate = name;
        for (int n = 2; !used.Add(candidate); n++) candidate = name + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return candidate;
    }
}
