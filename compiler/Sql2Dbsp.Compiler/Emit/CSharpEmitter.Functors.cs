using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Circuit;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Emit;

public sealed partial class CSharpEmitter
{
    /// <summary>
    /// The scope of a functor taking one element of <paramref name="stream"/> as <c>row</c>: input 0 is the row of a
    /// flat stream; for an indexed stream input 0 is the key (<c>row.Key</c>) and 1 the value (<c>row.Value</c>).
    /// </summary>
    private ExprScope ElementScope(FunctorScope f, StreamType stream, string parameter = "row")
    {
        string decl = $"in {ElementType(stream)} {parameter}";
        return stream.Key is { } key
            ? new ExprScope(f, [($"{parameter}.Key", key), ($"{parameter}.Value", stream.Value)], decl, parameter)
            : new ExprScope(f, [(parameter, stream.Value)], decl, parameter);
    }

    /// <summary>A row of <paramref name="row"/> from one expression per column, converted to the column types.</summary>
    private RowInit Construct(RowType row, IReadOnlyList<Expr> columns, ExprScope s, Operator op)
    {
        if (columns.Count != row.Arity) throw Bug(op, $"{columns.Count} expression(s) for a row of {row.Arity} column(s)");
        if (row.Arity == 0) return RowInit.Default;
        var fields = new List<string>(row.Arity);
        for (int i = 0; i < row.Arity; i++) fields.Add($"F{CSharpText.Int(i)} = {Value(columns[i], row[i], s).Text}");
        return new RowInit(null, fields.ToEquatableArray());
    }

    private string MapFunctor(MapOperator m, StreamType input, string prefix)
    {
        var f = new FunctorScope();
        var s = ElementScope(f, input);
        var result = Construct(m.Row, m.Outputs, s, m);
        return AddFunctor($"{prefix}Map{CSharpText.Int(m.Id)}", m, new MapBody(ElementType(input), RowName(m.Row), result, f.HelperArray));
    }

    private string FilterFunctor(FilterOperator op, StreamType input, string prefix)
    {
        var f = new FunctorScope();
        var s = ElementScope(f, input);
        string predicate = Condition(op.Predicate, s).Text;
        return AddFunctor($"{prefix}Filter{CSharpText.Int(op.Id)}", op, new FilterBody(ElementType(input), predicate, f.HelperArray));
    }

    private string IndexFunctor(IndexOperator op, StreamType input, string prefix)
    {
        var f = new FunctorScope();
        var s = ElementScope(f, input);
        var key = Construct(op.KeyRow, op.Keys, s, op);
        var value = Construct(op.ValueRow, op.Values, s, op);
        return AddFunctor($"{prefix}Index{CSharpText.Int(op.Id)}", op,
            new IndexBody(ElementType(input), RowName(op.KeyRow), RowName(op.ValueRow), key, value, f.HelperArray));
    }

    /// <summary>Join output (and fused residual condition) over input 0 = key, 1 = left value, 2 = right value.</summary>
    private string JoinFunctor(Operator op, StreamType left, StreamType right, ImmutableArray<Expr> outputs, Expr? condition, RowType row, string prefix)
    {
        if (left.Key is not { } key || right.Key is not { } rightKey) throw Bug(op, "join inputs must be indexed streams");
        if (!key.Equals(rightKey)) throw Bug(op, $"join keys differ: {key} and {rightKey}");
        string k = RowName(key), l = RowName(left.Value), r = RowName(right.Value);
        var f = new FunctorScope();
        var s = new ExprScope(f, [("key", key), ("left", left.Value), ("right", right.Value)],
            $"in {k} key, in {l} left, in {r} right", "key, left, right");
        string? cond = condition is null ? null : Condition(condition, s).Text;
        var result = Construct(row, outputs, s, op);
        return AddFunctor($"{prefix}Join{CSharpText.Int(op.Id)}", op, new JoinBody(k, l, r, RowName(row), cond, result, f.HelperArray));
    }

    /// <summary>The ORDER BY comparer of a top-k over the value rows (SortKey expressions read input 0).</summary>
    private string TopKComparer(Operator op, ImmutableArray<SortKey> order, RowType value, string prefix)
    {
        var f = new FunctorScope();
        string v = RowName(value);
        var a = new ExprScope(f, [("a", value)], $"in {v} a", "a");
        var b = new ExprScope(f, [("b", value)], $"in {v} b", "b");
        var statements = new List<string>();
        for (int i = 0; i < order.Length; i++)
        {
            var key = order[i];
            var x = Operand(key.Expression, a);
            var y = Operand(key.Expression, b);
            string compare, method = CompareMethod(key.Expression.Type);
            bool defaultNulls = key.Descending ? !key.NullsFirst : key.NullsFirst; // SqlCompare orders NULL first
            if (!x.IsNullable || defaultNulls)
                compare = key.Descending ? $"{method}({y.Text}, {x.Text})" : $"{method}({x.Text}, {y.Text})";
            else
            {
                string ax = "a" + CSharpText.Int(i), by = "b" + CSharpText.Int(i);
                statements.Add($"var {ax} = {x.Text};");
                statements.Add($"var {by} = {y.Text};");
                string nullFirst = key.NullsFirst ? "-1" : "1", nullSecond = key.NullsFirst ? "1" : "-1";
                string both = key.Descending ? $"{method}({by}, {ax})" : $"{method}({ax}, {by})";
                compare = $"{ax} is null ? ({by} is null ? 0 : {nullFirst}) : {by} is null ? {nullSecond} : {both}";
            }
            if (i == order.Length - 1) statements.Add($"return {compare};");
            else
            {
                statements.Add(i == 0 ? $"int c = {compare};" : $"c = {compare};");
                statements.Add("if (c != 0) return c;");
            }
        }
        if (order.Length == 0) statements.Add("return 0;");
        return AddFunctor($"{prefix}TopK{CSharpText.Int(op.Id)}Order", op, new ComparerBody(v, statements.ToEquatableArray(), f.HelperArray));
    }

    /// <summary>The row of a top-k rank: the value's columns, then its number (read from the runtime's RankValue).</summary>
    private string RankFunctor(Operator op, RowType value, RowType output, string prefix)
    {
        var f = new FunctorScope();
        string v = RowName(value);
        var s = new ExprScope(f, [("row", value), ("ranked", RankRow)], $"in {v} row, in RankValue ranked", "row, ranked");
        var columns = Enumerable.Range(0, value.Arity).Select(i => (Expr)new ColumnExpr(0, i, value[i])).Append(new ColumnExpr(1, 0, RankRow[0])).ToList();
        var result = Construct(output, columns, s, op);
        return AddFunctor($"{prefix}TopK{CSharpText.Int(op.Id)}Rank", op, new RankBody(v, RowName(output), result, f.HelperArray));
    }

    private static readonly RowType RankRow = new([Types.SqlType.BigInt()]);

    /// <summary>Adapters for a top-k over a flat stream: index every row under the empty key, and back.</summary>
    private (string Index, string Flatten) FlatTopKAdapters(Operator op, RowType row, string prefix)
    {
        string r = RowName(row);
        string index = AddFunctor($"{prefix}TopK{CSharpText.Int(op.Id)}Index", op,
            new IndexBody(r, UnitRow, r, RowInit.Default, RowInit.Of("row"), EquatableArray<HelperModel>.Empty));
        string flatten = AddFunctor($"{prefix}TopK{CSharpText.Int(op.Id)}Flatten", op,
            new MapBody($"KV<{UnitRow}, {r}>", r, RowInit.Of("row.Value"), EquatableArray<HelperModel>.Empty));
        return (index, flatten);
    }

    private static void RenderFunctor(CodeWriter w, FunctorModel functor)
    {
        if (functor.Body is AggregateBody aggregate)
        {
            RenderAggregate(w, functor, aggregate);
            return;
        }
        using (Header(w, functor, Interface(functor.Body)))
        {
            switch (functor.Body)
            {
                case MapBody m:
                    RenderRowMethod(w, $"public static {m.Out} Map(in {m.In} row) =>", m.Result);
                    break;
                case RankBody r:
                    RenderRowMethod(w, $"public static {r.Out} Rank(in {r.In} row, in RankValue ranked) =>", r.Result);
                    break;
                case FilterBody f:
                    w.Line($"public static bool Keep(in {f.Row} row) => {f.Predicate};");
                    break;
                case IndexBody i:
                    using (w.Block($"public static void Split(in {i.In} row, out {i.Key} key, out {i.Value} value)"))
                    {
                        RenderAssignment(w, "key", i.KeyInit);
                        RenderAssignment(w, "value", i.ValueInit);
                    }
                    break;
                case JoinBody j:
                    using (w.Block($"public static bool Join(in {j.Key} key, in {j.Left} left, in {j.Right} right, out {j.Out} result)"))
                    {
                        if (j.Condition is not null)
                            using (w.Block($"if (!{Parenthesize(j.Condition)})"))
                            {
                                w.Line("result = default;");
                                w.Line("return false;");
                            }
                        RenderAssignment(w, "result", j.Result);
                        w.Line("return true;");
                    }
                    break;
                case ComparerBody c:
                    using (w.Block($"public static int Compare(in {c.Row} a, in {c.Row} b)"))
                        foreach (var statement in c.Statements) w.Line(statement);
                    break;
            }
            RenderHelpers(w, functor.Body.Helpers);
        }
    }

    private static string Interface(FunctorBody body) => body switch
    {
        MapBody m => $"IMapFunction<{m.In}, {m.Out}>",
        FilterBody f => $"IFilterFunction<{f.Row}>",
        RankBody r => $"IRankFunction<{r.In}, {r.Out}>",
        IndexBody i => $"IIndexFunction<{i.In}, {i.Key}, {i.Value}>",
        JoinBody j => $"IJoinFunction<{j.Key}, {j.Left}, {j.Right}, {j.Out}>",
        ComparerBody c => $"IRowComparer<{c.Row}>",
        _ => throw new Diagnostics.InternalCompilerError($"no interface for {body.GetType().Name}"),
    };

    /// <summary>The doc comment, attribute and declaration of a functor struct; dispose to close it.</summary>
    private static CodeWriter.Scope Header(CodeWriter w, FunctorModel functor, string implements)
    {
        w.Line($"/// <remarks>{CSharpText.Xml(functor.Remarks)}</remarks>");
        w.Line(GeneratedCodeAttribute);
        return w.Block($"public readonly struct {functor.Name} : {implements}");
    }

    /// <summary><c>header new() { F0 = ..., };</c> or <c>header whole;</c>.</summary>
    private static void RenderRowMethod(CodeWriter w, string header, RowInit init)
    {
        if (init.Whole is not null)
        {
            w.Line($"{header} {init.Whole};");
            return;
        }
        w.Line($"{header} new()");
        RenderFields(w, init);
    }

    private static void RenderAssignment(CodeWriter w, string target, RowInit init)
    {
        if (init.Whole is not null)
        {
            w.Line($"{target} = {init.Whole};");
            return;
        }
        w.Line($"{target} = new()");
        RenderFields(w, init);
    }

    private static void RenderFields(CodeWriter w, RowInit init)
    {
        using (w.Block(closing: ";"))
            foreach (var field in init.Fields) w.Line(field + ",");
    }

    private static void RenderHelpers(CodeWriter w, EquatableArray<HelperModel> helpers)
    {
        foreach (var h in helpers)
        {
            w.Line();
            w.Line($"private static {h.ReturnType} {h.Name}({h.Parameters}) =>");
            using (w.Indented()) w.Line(h.Body + ";");
        }
    }

    /// <summary>Parenthesises a condition for <c>!</c> unless it is a member access or a call (<c>Name.Name(...)</c>).</summary>
    private static string Parenthesize(string code)
    {
        int open = code.IndexOf('(');
        int nameEnd = open < 0 ? code.Length : open;
        for (int i = 0; i < nameEnd; i++)
            if (!(char.IsAsciiLetterOrDigit(code[i]) || code[i] is '.' or '_')) return "(" + code + ")";
        return nameEnd > 0 && (open < 0 || IsWrapped(code[open..])) ? code : "(" + code + ")";
    }
}
