using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Catalog;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Logical;
using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Binding;

/// <summary>Streaming constructs: LATENESS, the TUMBLE and HOP table functions, and the TUMBLE group window functions.</summary>
internal sealed partial class Binder
{
    /// <summary>Most windows one HOP assigns to a row (size / slide); more would multiply the input beyond reason.</summary>
    private const long MaxHopWindows = 1000;

    /// <summary>A table column's <c>LATENESS</c>: checked, and turned into its waterline expression.</summary>
    private ColumnInfo WithLateness(ColumnInfo column, ColumnDefinition c, ImmutableArray<ColumnInfo>.Builder previous)
    {
        try
        {
            if (previous.Any(p => p.Waterline is not null))
                throw CompilationError.Unsupported("LATENESS on more than one column of a table", c.Lateness!.Span);
            if (column.Type.Nullable)
                throw Error(ErrorCodes.Unsupported, $"not supported yet: LATENESS on a nullable column ('{c.Name.Text}')", c.Lateness!.Span,
                    "declare the column NOT NULL");
            return column with { Waterline = Waterline(column.Type, c.Lateness!) };
        }
        catch (CompilationError e)
        {
            diagnostics.Add(e.Diagnostic);
            return column;
        }
    }

    /// <summary>
    /// <c>LATENESS view.column expr</c>: Feldera's statement form for view columns. It is checked (the view, the column
    /// and the lateness type) but has no effect yet: late records are dropped at the tables, and views do not keep
    /// state that a view lateness would let them discard.
    /// </summary>
    private void BindLatenessStatement(LatenessStatement l)
    {
        if (l.Column.Parts.Length != 2)
            throw Error(ErrorCodes.InvalidStatement, "LATENESS needs a view column: LATENESS view.column expression", l.Column.Span);
        var viewName = l.Column.Parts[0];
        var view = catalog.FindView(viewName.Text, viewName.Quoted)
            ?? throw Error(ErrorCodes.UnknownView, $"unknown view '{viewName.Text}'", viewName.Span);
        var columnName = l.Column.Parts[1];
        var column = view.Columns.FirstOrDefault(c => SqlCatalog.NamesMatch(c.Name, c.Quoted, columnName.Text, columnName.Quoted))
            ?? throw Error(ErrorCodes.UnknownColumn, $"view '{view.Name}' has no column '{columnName.Text}'", columnName.Span);
        Waterline(column.Type, l.Lateness);
    }

    /// <summary>The waterline <c>column − lateness</c> over a row holding only the column; the lateness must be a constant the column's type can subtract.</summary>
    private Expr Waterline(SqlType type, Expression lateness)
    {
        var value = BindExpr(lateness, new ExprContext(Scope.Empty, null, "LATENESS"));
        if (value is not LiteralExpr { Value: not null })
            throw Error(ErrorCodes.InvalidStatement, "LATENESS must be a constant (an interval for a date or timestamp column, a number for a numeric one)", lateness.Span);
        bool fits = type.Kind is SqlTypeKind.Timestamp or SqlTypeKind.Date ? value.Type.IsInterval : type.IsNumeric && value.Type.IsNumeric;
        if (!fits)
            throw Error(ErrorCodes.TypeMismatch, $"a LATENESS of type {value.Type.WithNullable(true)} cannot be subtracted from a column of type {type.WithNullable(true)}", lateness.Span);
        var bound = BindBinary(BinaryOperator.Subtract, new ColumnExpr(0, 0, type), value, lateness.Span, lateness.Span);
        return Coerce(bound, type);
    }

    // ------------------------------------------------------------------------------------------------------------
    // TUMBLE and HOP table functions
    // ------------------------------------------------------------------------------------------------------------

    /// <summary>
    /// <c>TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), size [, offset]))</c> and <c>TABLE(HOP(TABLE t, DESCRIPTOR(ts), slide, size [, offset]))</c>:
    /// the table's columns followed by <c>window_start</c> and <c>window_end</c>. TUMBLE is a projection; HOP is the
    /// UNION ALL of ⌈size / slide⌉ projections (one per window a row falls in), so both lower to linear operators.
    /// </summary>
    private (LogicalPlan Plan, List<ScopeColumn> Columns) BindTableFunction(TableFunctionCall t)
    {
        string name = t.Name.Text.ToUpperInvariant();
        if (name is not ("TUMBLE" or "HOP"))
            throw Error(ErrorCodes.UnknownFunction, $"unknown table function '{t.Name.Text}'", t.Name.Span, "the table functions are TUMBLE and HOP");
        int intervals = t.Arguments.Length - 2;
        int min = name == "TUMBLE" ? 1 : 2;
        if (intervals < min || intervals > min + 1)
            throw Error(ErrorCodes.WrongArgumentCount,
                $"{name} takes {min + 2} or {min + 3} arguments: TABLE t, DESCRIPTOR(column), {(name == "HOP" ? "slide, size" : "size")} [, offset]", t.Span);
        if (t.Arguments[0] is not TableArgument table)
            throw Error(ErrorCodes.InvalidStatement, $"the first argument of {name} must be TABLE name", t.Arguments[0].Span);
        if (t.Arguments[1] is not DescriptorArgument { Columns.Length: 1 } descriptor)
            throw Error(ErrorCodes.InvalidStatement, $"the second argument of {name} must be DESCRIPTOR(column)", t.Arguments[1].Span);

        var (input, columns) = BindNamedTable(new NamedTable(table.Table, null, [], table.Span));
        var timeName = descriptor.Columns[0];
        var time = columns.FirstOrDefault(c => timeName.Matches(c.Name, c.Quoted))
            ?? throw Error(ErrorCodes.UnknownColumn, $"'{table.Table}' has no column '{timeName.Text}'", timeName.Span);
        if (time.Type.Kind != SqlTypeKind.Timestamp)
            throw Error(ErrorCodes.TypeMismatch, $"{name} needs a TIMESTAMP column, not {time.Type.WithNullable(true)}", timeName.Span);
        var values = new List<long>();
        for (int i = 2; i < t.Arguments.Length; i++) values.Add(WindowInterval(name, t.Arguments[i], allowZero: i == min + 2));
        long slide = values[0], size = values[min - 1], offset = values.Count > min ? values[min] : 0;

        var ts = new ColumnExpr(0, time.Index, time.Type);
        var passThrough = columns.Select(c => (Expr)new ColumnExpr(0, c.Index, c.Type)).ToList();
        var schema = ImmutableArray.CreateRange(input.Schema.Concat([new PlanColumn("window_start", time.Type), new PlanColumn("window_end", time.Type)]));
        var first = WindowStart(ts, slide, offset);
        LogicalPlan Window(long back)
        {
            var start = back == 0 ? first : new CallExpr(Functions.Subtract.Name, [first, Interval(back)], time.Type);
            var end = new CallExpr(Functions.Add.Name, [start, Interval(size)], time.Type);
            LogicalPlan p = input;
            // Only the last of the windows that start before the row can end at or before it (when size is not a multiple of slide).
            if (back + slide > size) p = new FilterPlan(p, new CallExpr(Functions.Less.Name, [ts, end], SqlType.Boolean(time.Type.Nullable)));
            return new ProjectPlan(p, [.. passThrough, start, end], schema);
        }
        LogicalPlan plan;
        if (name == "TUMBLE") plan = Window(0);
        else
        {
            long count = (size + slide - 1) / slide;
            if (count > MaxHopWindows)
                throw Error(ErrorCodes.Unsupported, $"not supported yet: HOP windows that overlap more than {MaxHopWindows} times (size / slide = {count})", t.Span);
            var branches = new List<LogicalPlan>();
            for (long i = 0; i < count; i++) branches.Add(Window(i * slide));
            plan = branches.Count == 1 ? branches[0] : new UnionAllPlan([.. branches], schema);
        }

        string alias = t.Alias?.Text ?? table.Table.Last.Text;
        bool aliasQuoted = t.Alias?.Quoted ?? table.Table.Last.Quoted;
        var names = columns.Select(c => (c.Name, c.Quoted)).Concat([("window_start", false), ("window_end", false)]).ToList();
        if (!t.ColumnAliases.IsDefaultOrEmpty)
        {
            if (t.ColumnAliases.Length > names.Count)
                throw Error(ErrorCodes.ColumnCountMismatch, $"'{alias}' has {names.Count} column(s) but {t.ColumnAliases.Length} alias(es) were given", t.Span);
            for (int i = 0; i < t.ColumnAliases.Length; i++) names[i] = (t.ColumnAliases[i].Text, t.ColumnAliases[i].Quoted);
        }
        return (plan, names.Select((n, i) => new ScopeColumn(alias, aliasQuoted, n.Item1, n.Item2, i, schema[i].Type)).ToList());
    }

    /// <summary>A window size, slide or offset: a constant day-time interval (months have no fixed length), positive except for an offset.</summary>
    private long WindowInterval(string function, TableFunctionArgument argument, bool allowZero)
    {
        if (argument is not ScalarArgument { Value: var syntax })
            throw Error(ErrorCodes.InvalidStatement, $"{function} needs an interval here", argument.Span);
        return ConstantWindowInterval(function, BindExpr(syntax, new ExprContext(Scope.Empty, null, function)), syntax.Span, allowZero);
    }

    private long ConstantWindowInterval(string function, Expr value, Text.SourceSpan span, bool allowZero)
    {
        if (value is not LiteralExpr { Value: long micros } || value.Type.Kind != SqlTypeKind.IntervalDayTime)
            throw Error(ErrorCodes.InvalidStatement,
                $"{function} needs a constant interval of days or shorter units (a month has no fixed length), not {value.Type.WithNullable(true)}", span);
        if (micros < 0 || micros == 0 && !allowZero)
            throw Error(ErrorCodes.InvalidStatement, $"{function} needs a positive interval", span);
        return micros;
    }

    private static LiteralExpr Interval(long micros) => new(micros, SqlType.IntervalDayTime());

    /// <summary>The start of the window of length <paramref name="size"/> aligned at <paramref name="offset"/> that holds <paramref name="ts"/>.</summary>
    private static Expr WindowStart(Expr ts, long size, long offset) =>
        new CallExpr(Functions.TumbleStart.Name, [ts, Interval(size), Interval(offset)], ts.Type);

    // ------------------------------------------------------------------------------------------------------------
    // Scalar functions: the TUMBLE group window and FORMAT_TIMESTAMP
    // ------------------------------------------------------------------------------------------------------------

    /// <summary>HOP and SESSION exist only as table functions; as group window functions they are a clear error, not an unknown name.</summary>
    private static void ThrowIfUnsupportedGroupWindow(string name, FunctionCall f)
    {
        if (name is "HOP" or "HOP_START" or "HOP_END" or "SESSION" or "SESSION_START" or "SESSION_END")
            throw CompilationError.Unsupported($"{name} as a group window function (use the table function TABLE(HOP(TABLE t, DESCRIPTOR(ts), slide, size)))", f.Span);
    }

    /// <summary>
    /// The streaming scalar functions, or null when <paramref name="name"/> is none of them. <c>TUMBLE(ts, size [, offset])</c>
    /// (in GROUP BY) and <c>TUMBLE_START</c> are the window's start, <c>TUMBLE_END</c> its end, so a select list that
    /// repeats the GROUP BY's arguments reads the group key.
    /// </summary>
    private Expr? BindStreamingFunction(string name, FunctionCall f, List<Expr> args)
    {
        switch (name)
        {
            case "TUMBLE" or "TUMBLE_START" or "TUMBLE_END":
                {
                    if (args.Count is < 2 or > 3)
                        throw Error(ErrorCodes.WrongArgumentCount, $"{name} takes 2 or 3 arguments (timestamp, size [, offset]), not {args.Count}", f.Span);
                    var ts = args[0];
                    if (ts.Type.Kind != SqlTypeKind.Timestamp)
                        throw Error(ErrorCodes.TypeMismatch, $"{name} needs a TIMESTAMP, not {ts.Type.WithNullable(true)}", f.Arguments[0].Span);
                    long size = ConstantWindowInterval(name, args[1], f.Arguments[1].Span, allowZero: false);
                    long offset = args.Count == 3 ? ConstantWindowInterval(name, args[2], f.Arguments[2].Span, allowZero: true) : 0;
                    var start = WindowStart(ts, size, offset);
                    return name == "TUMBLE_END" ? new CallExpr(Functions.Add.Name, [start, Interval(size)], ts.Type) : start;
                }
            case "FORMAT_TIMESTAMP" or "FORMAT_DATE" or "FORMAT_TIME":
                {
                    if (args.Count != 2)
                        throw Error(ErrorCodes.WrongArgumentCount, $"{name} takes 2 arguments (format, value), not {args.Count}", f.Span);
                    var kind = name switch { "FORMAT_DATE" => SqlTypeKind.Date, "FORMAT_TIME" => SqlTypeKind.Time, _ => SqlTypeKind.Timestamp };
                    var value = args[1];
                    if (value.Type.IsNullLiteral) value = new LiteralExpr(null, new SqlType(kind, true));
                    else if (IsStringLiteral(value)) value = Coerce(value, new SqlType(kind, false));
                    if (value.Type.Kind != kind)
                        throw Error(ErrorCodes.TypeMismatch, $"{name} needs a {new SqlType(kind, false)} value, not {value.Type.WithNullable(true)}", f.Arguments[1].Span);
                    var format = ToText(args[0], f.Arguments[0].Span, name);
                    return new CallExpr(Functions.FormatDateTime.Name, [format, value], SqlType.Varchar(format.Type.Nullable || value.Type.Nullable));
                }
            default:
                return null;
        }
    }
}
