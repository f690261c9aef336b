using Sql2Dbsp.Compiler.Circuit;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Emit;

public sealed partial class CSharpEmitter
{
    private const string UnitRow = "Unit";
    private readonly List<RowStructModel> rowStructs = [];
    private readonly Dictionary<RowType, string> rowNames = [];

    /// <summary>The struct of a row type (shared by every stream of that type); <c>Unit</c> for the empty row.</summary>
    private string RowName(RowType row)
    {
        if (row.Arity == 0) return UnitRow;
        if (rowNames.TryGetValue(row, out var name)) return name;
        foreach (var column in row.Columns) CSharpText.ValueType(column.Kind); // fails early on types without a representation
        name = "Row" + CSharpText.Int(rowStructs.Count);
        usedNames.Add(name);
        rowNames.Add(row, name);
        rowStructs.Add(new RowStructModel(name, row.Columns));
        return name;
    }

    /// <summary>The element type of a stream: the row struct, or <c>KV&lt;Key, Value&gt;</c> for an indexed stream.</summary>
    private string ElementType(StreamType type) =>
        type.Key is { } key ? $"KV<{RowName(key)}, {RowName(type.Value)}>" : RowName(type.Value);

    /// <summary>
    /// Types whose order an integer preserves (SqlCompare.SortPrefix has an overload for them). CHAR(n) values are kept
    /// without their trailing blanks and compare as VARCHAR; a CHAR without length keeps them, and its order is not
    /// the code point order of its text.
    /// </summary>
    private static bool HasSortPrefix(SqlType type) => type.Kind is SqlTypeKind.TinyInt or SqlTypeKind.SmallInt or SqlTypeKind.Integer
        or SqlTypeKind.BigInt or SqlTypeKind.Boolean or SqlTypeKind.Date or SqlTypeKind.Time or SqlTypeKind.Timestamp
        or SqlTypeKind.IntervalYearMonth or SqlTypeKind.IntervalDayTime or SqlTypeKind.Varchar
        || (type.Kind == SqlTypeKind.Char && type.Precision > 0);

    /// <summary>Width of a column's exact sort bits (SqlCompare.SortBits), or 0 when it has none.</summary>
    private static int SortBits(SqlType type)
    {
        int bits = type.Kind switch
        {
            SqlTypeKind.TinyInt => 8,
            SqlTypeKind.SmallInt => 16,
            SqlTypeKind.Integer or SqlTypeKind.Date or SqlTypeKind.IntervalYearMonth => 32,
            SqlTypeKind.Boolean => 1,
            _ => 0,
        };
        return bits == 0 ? 0 : bits + (CSharpText.IsNullable(type) ? 1 : 0);
    }

    /// <summary>
    /// The row's sort prefix: leading columns with exact sort bits packed one after another from the top bit, then
    /// the top bits of the next column's prefix if it has one. Returns the expression, and the number of bits in use
    /// when every column is packed exactly (−1 otherwise); null when the first column gives no prefix.
    /// </summary>
    private static (string Expression, int ExactBits)? SortPrefix(IReadOnlyList<SqlType> columns)
    {
        var terms = new List<string>();
        int used = 0;
        for (int i = 0; i < columns.Count; i++)
        {
            int bits = SortBits(columns[i]);
            if (bits > 0 && used + bits <= 64)
            {
                used += bits;
                terms.Add(used == 64 ? $"SqlCompare.SortBits(row.F{i})" : $"SqlCompare.SortBits(row.F{i}) << {CSharpText.Int(64 - used)}");
                continue;
            }
            if (used < 64 && bits > 0)
                terms.Add($"SqlCompare.SortBits(row.F{i}) << {CSharpText.Int(64 - bits)} >> {CSharpText.Int(used)}");
            else if (used < 64 && HasSortPrefix(columns[i]))
                terms.Add(used == 0 ? $"SqlCompare.SortPrefix(row.F{i})" : $"SqlCompare.SortPrefix(row.F{i}) >> {CSharpText.Int(used)}");
            if (terms.Count == 0) return null;
            return (string.Join(" | ", terms), -1);
        }
        return terms.Count == 0 ? null : (string.Join(" | ", terms), used);
    }

    /// <summary>
    /// The total order of a column's values: a CHAR without length keeps its values' trailing blanks, which PostgreSQL's
    /// order ignores (<c>SqlCompare.CompareChar</c>); every other type orders as its <c>SqlCompare.Compare</c> overload.
    /// </summary>
    private static string CompareMethod(SqlType type) =>
        type.Kind == SqlTypeKind.Char && type.Precision < 0 ? "SqlCompare.CompareChar" : "SqlCompare.Compare";

    private static void RenderRow(CodeWriter w, RowStructModel row)
    {
        string name = row.Name;
        int n = row.Columns.Count;
        w.Line($"/// <summary>Row ({CSharpText.Xml(string.Join(", ", row.Columns))}).</summary>");
        w.Line(GeneratedCodeAttribute);
        w.Line(CheckpointedAttribute);
        using (w.Block($"public partial struct {name} : IRowValues<{name}>, IEquatable<{name}>"))
        {
            for (int i = 0; i < n; i++) w.Line($"public {CSharpText.TypeOf(row.Columns[i])} F{i};");
            w.Line();
            w.Line($"public static int Arity => {n};");
            w.Line();
            using (w.Block($"public static int Compare(in {name} a, in {name} b)"))
            {
                string Field(int i) => $"{CompareMethod(row.Columns[i])}(a.F{i}, b.F{i})";
                if (n == 1) w.Line($"return {Field(0)};");
                else
                {
                    w.Line($"int c = {Field(0)};");
                    for (int i = 1; i < n; i++)
                    {
                        w.Line("if (c != 0) return c;");
                        w.Line(i == n - 1 ? $"return {Field(i)};" : $"c = {Field(i)};");
                    }
                }
            }
            if (SortPrefix(row.Columns) is var (prefix, exactBits))
            {
                // Consolidation sorts by this integer first and compares rows only on ties.
                w.Line();
                w.Line("public static bool HasSortPrefix => true;");
                w.Line();
                w.Line($"public static ulong SortPrefix(in {name} row) => {prefix};");
                if (exactBits >= 0)
                {
                    w.Line();
                    w.Line($"public static int SortPrefixExactBits => {CSharpText.Int(exactBits)};");
                }
            }
            w.Line();
            w.Line($"public static bool AreEqual(in {name} a, in {name} b) =>");
            using (w.Indented())
                for (int i = 0; i < n; i++)
                    w.Line((i == 0 ? "" : "&& ") + $"SqlCompare.Equal(a.F{i}, b.F{i})" + (i == n - 1 ? ";" : ""));
            w.Line();
            using (w.Block($"public static int Hash(in {name} row)"))
            {
                w.Line("int h = SqlCompare.Hash(row.F0);");
                for (int i = 1; i < n; i++) w.Line($"h = unchecked(h * -1640531535 + SqlCompare.Hash(row.F{i}));");
                w.Line("return h;");
            }
            w.Line();
            using (w.Block($"public static {name} FromValues(ReadOnlySpan<object?> values)"))
            {
                w.Line($"if (values.Length != {n}) throw new ArgumentException(\"expected {n} values\", nameof(values));");
                w.Line($"return new {name}");
                using (w.Block(closing: ";"))
                    for (int i = 0; i < n; i++) w.Line($"F{i} = {FromValue(row.Columns[i], $"values[{i}]")},");
            }
            w.Line();
            using (w.Block($"public static void ToValues(in {name} row, Span<object?> values)"))
                for (int i = 0; i < n; i++) w.Line($"values[{i}] = SqlConvert.Box({Shown(row.Columns[i], $"row.F{i}")});");
            w.Line();
            w.Line($"public readonly bool Equals({name} other) => AreEqual(this, other);");
            w.Line();
            w.Line($"public override readonly bool Equals(object? obj) => obj is {name} other && AreEqual(this, other);");
            w.Line();
            w.Line("public override readonly int GetHashCode() => Hash(this);");
        }
    }

    /// <summary>A field as its view output shows it: CHAR(n) values are kept without their trailing blanks and padded here.</summary>
    private static string Shown(SqlType type, string field) =>
        type.Kind == SqlTypeKind.Char && type.Precision > 0 ? $"SqlString.PadChar({field}, {CSharpText.Int(type.Precision)})" : field;

    /// <summary><c>SqlConvert.ToX(value)</c> for NOT NULL columns, <c>SqlConvert.ToNullableX(value)</c> otherwise.</summary>
    private static string FromValue(SqlType type, string value) =>
        $"SqlConvert.To{(CSharpText.IsNullable(type) ? "Nullable" : "")}{CSharpText.ConversionName(type.Kind)}({value}{CSharpText.ConversionArguments(type)})";
}
