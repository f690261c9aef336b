using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Circuit;
using Sql2Dbsp.Compiler.Emit;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Text;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.EndToEnd.Tests.Emit;

/// <summary>Small hand-built circuits (incremental + reference) for the emitter tests.</summary>
internal static class EmitSamples
{
    public static readonly SqlType Int = SqlType.Integer();
    public static readonly SqlType IntN = SqlType.Integer(nullable: true);
    public static readonly SqlType Long = SqlType.BigInt();
    public static readonly SqlType LongN = SqlType.BigInt(nullable: true);
    public static readonly SqlType Text = SqlType.Varchar();
    public static readonly SqlType TextN = SqlType.Varchar(nullable: true);
    public static readonly SqlType Bool = SqlType.Boolean();
    public static readonly SqlType BoolN = SqlType.Boolean(nullable: true);

    public static RowType Row(params SqlType[] columns) => new([.. columns]);
    public static ColumnExpr Col(int index, SqlType type, int input = 0) => new(input, index, type);
    public static LiteralExpr Lit(long value, SqlType type) => LiteralExpr.Int(value, type);
    public static CallExpr Call(string function, SqlType type, params Expr[] args) => new(function, [.. args], type);

    /// <summary>"q.sql:LINE:COL" where the span offset is LINE*100+COL, so tests can spell locations in spans.</summary>
    public static string Location(SourceSpan span) => $"q.sql:{span.Offset / 100}:{span.Offset % 100}";

    public static EmitRequest Request(string name, DbspCircuit incremental, DbspCircuit reference) =>
        new(name, incremental, reference, Location);

    /// <summary>Builds a circuit, setting the origin of the operators that follow with <c>view</c>.</summary>
    public sealed class Builder
    {
        private readonly DbspCircuitBuilder b = new();

        public Builder View(string view, int line, int column = 1)
        {
            b.Origin = new OperatorOrigin(view, new SourceSpan(line * 100 + column, 1));
            return this;
        }

        public int Add(Operator op) => b.Add(op);
        public Operator this[int id] => b[id];
        public DbspCircuit Build() => b.Build();

        public int Input(string table, RowType row) =>
            b.Add(new InputOperator(table, [.. Enumerable.Range(0, row.Arity).Select(i => "c" + i)], row));

        public int Output(string view, int source, RowType row) =>
            b.Add(new OutputOperator(source, view, [.. Enumerable.Range(0, row.Arity).Select(i => "c" + i)], row));

        public int Integrate(int source) => b.Add(new IntegrateOperator(source, b[source].Output) { PersistentId = $"int-{source}" });
    }

    private static readonly RowType T = Row(Int, TextN);           // t(a INT NOT NULL, b VARCHAR)
    private static readonly RowType Mapped = Row(Long, TextN);     // (a + 1 as BIGINT, b)

    /// <summary>SELECT CAST(a AS BIGINT) + 1, b FROM t WHERE a &gt; 1 AND b IS NOT NULL.</summary>
    public static (DbspCircuit Incremental, DbspCircuit Reference) FilterMap()
    {
        DbspCircuit Make(bool reference)
        {
            var c = new Builder().View("t", 1);
            int input = c.Input("t", T);
            c.View("v", 2, 8);
            int source = reference ? c.Integrate(input) : input;
            var predicate = Call("and", Bool,
                Call("gt", Bool, Col(0, Int), Lit(1, Int)),
                Call("is_not_null", Bool, Col(1, TextN)));
            int filter = c.Add(new FilterOperator(source, predicate, StreamType.Flat(T)));
            int map = c.Add(new MapOperator(filter,
                [Call("add", Long, new CastExpr(Col(0, Int), Long), Lit(1, Long)), Col(1, TextN)], Mapped));
            c.Output("v", map, Mapped);
            return c.Build();
        }
        return (Make(false), Make(true));
    }

    /// <summary>SELECT k, COUNT(*), SUM(x), MIN(x) / AVG(x) FROM t GROUP BY k with x BIGINT NULL.</summary>
    public static (DbspCircuit Incremental, DbspCircuit Reference) Aggregate(bool linear)
    {
        var input = Row(Int, LongN);
        var value = Row(LongN);
        var decimalN = SqlType.Decimal(28, 2, nullable: true);
        var third = linear ? decimalN : LongN;
        var result = Row(Long, LongN, third);
        var output = Row(Int, Long, LongN, third);
        ImmutableArray<AggregateCall> calls =
        [
            new(AggregateKind.CountStar, false, null, null, Long),
            new(AggregateKind.Sum, false, Col(0, LongN), null, LongN),
            linear
                ? new(AggregateKind.Avg, false, Col(0, LongN), null, decimalN)
                : new(AggregateKind.Min, false, Col(0, LongN), null, LongN),
        ];
        DbspCircuit Make(bool reference)
        {
            var c = new Builder().View("t", 1);
            int t = c.Input("t", input);
            c.View("v", 3);
            int source = reference ? c.Integrate(t) : t;
            int index = c.Add(new IndexOperator(source, [Col(0, Int)], [Col(1, LongN)], Row(Int), value));
            int agg = reference
                ? c.Add(new StreamAggregateOperator(index, calls, Row(Int), result))
                : c.Add(new AggregateOperator(index, calls, Row(Int), result) { PersistentId = "agg-v" });
            int map = c.Add(new MapOperator(agg,
                [Col(0, Int, input: 0), Col(0, Long, input: 1), Col(1, LongN, input: 1), Col(2, third, input: 1)], output));
            c.Output("v", map, output);
            return c.Build();
        }
        return (Make(false), Make(true));
    }

    /// <summary>SELECT l.a, l.b, r.c FROM l JOIN r ON l.a = r.a WHERE l.b &lt;&gt; r.c (residual condition in the join).</summary>
    public static (DbspCircuit Incremental, DbspCircuit Reference) Join()
    {
        var left = Row(Int, TextN);
        var right = Row(Int, TextN);
        var output = Row(Int, TextN, TextN);
        DbspCircuit Make(bool reference)
        {
            var c = new Builder().View("l", 1);
            int l = c.Input("l", left);
            c.View("r", 2);
            int r = c.Input("r", right);
            c.View("v", 4);
            if (reference)
            {
                l = c.Integrate(l);
                r = c.Integrate(r);
            }
            int li = c.Add(new IndexOperator(l, [Col(0, Int)], [Col(1, TextN)], Row(Int), Row(TextN)));
            int ri = c.Add(new IndexOperator(r, [Col(0, Int)], [Col(1, TextN)], Row(Int), Row(TextN)));
            ImmutableArray<Expr> outputs = [Col(0, Int, 0), Col(0, TextN, 1), Col(0, TextN, 2)];
            var condition = Call("ne", BoolN, Col(0, TextN, 1), Col(0, TextN, 2));
            int join = reference
                ? c.Add(new StreamJoinOperator(li, ri, outputs, condition, output))
                : c.Add(new JoinOperator(li, ri, outputs, condition, output) { PersistentId = "join-v" });
            c.Output("v", join, output);
            return c.Build();
        }
        return (Make(false), Make(true));
    }

    /// <summary>SELECT DISTINCT b FROM t.</summary>
    public static (DbspCircuit Incremental, DbspCircuit Reference) Distinct()
    {
        var output = Row(TextN);
        DbspCircuit Make(bool reference)
        {
            var c = new Builder().View("t", 1);
            int t = c.Input("t", T);
            c.View("v", 5);
            int source = reference ? c.Integrate(t) : t;
            int map = c.Add(new MapOperator(source, [Col(1, TextN)], output));
            int distinct = reference
                ? c.Add(new StreamDistinctOperator(map, StreamType.Flat(output)))
                : c.Add(new DistinctOperator(map, StreamType.Flat(output)));
            c.Output("v", distinct, output);
            return c.Build();
        }
        return (Make(false), Make(true));
    }

    /// <summary>
    /// Per group g, the two rows with the largest x (NULLs last), then by name: SELECT g, x, name ... ORDER BY x DESC
    /// NULLS LAST, name LIMIT 2 per g; plus a flat (global) top-3 by x ASC NULLS LAST.
    /// </summary>
    public static (DbspCircuit Incremental, DbspCircuit Reference) TopK()
    {
        var input = Row(Int, IntN, Text);
        var value = Row(IntN, Text);
        ImmutableArray<SortKey> order = [new(Col(0, IntN), Descending: true, NullsFirst: false), new(Col(1, Text), false, true)];
        ImmutableArray<SortKey> global = [new(Col(1, IntN), Descending: false, NullsFirst: false), new(Col(2, Text), false, true)];
        var output = Row(Int, IntN, Text);
        DbspCircuit Make(bool reference)
        {
            var c = new Builder().View("t", 1);
            int t = c.Input("t", input);
            c.View("v", 6);
            int source = reference ? c.Integrate(t) : t;
            int index = c.Add(new IndexOperator(source, [Col(0, Int)], [Col(1, IntN), Col(2, Text)], Row(Int), value));
            var type = StreamType.Indexed(Row(Int), value);
            int topk = reference
                ? c.Add(new StreamTopKOperator(index, order, 2, 0, type))
                : c.Add(new TopKOperator(index, order, 2, 0, type) { PersistentId = "topk-v" });
            int map = c.Add(new MapOperator(topk, [Col(0, Int, 0), Col(0, IntN, 1), Col(1, Text, 1)], output));
            c.Output("v", map, output);
            c.View("w", 7);
            int flat = reference
                ? c.Add(new StreamTopKOperator(source, global, 3, 0, StreamType.Flat(input)))
                : c.Add(new TopKOperator(source, global, 3, 0, StreamType.Flat(input)) { PersistentId = "topk-w" });
            c.Output("w", flat, input);
            return c.Build();
        }
        return (Make(false), Make(true));
    }

    /// <summary>SELECT * FROM (VALUES (1, 'one'), (2, NULL), (2, NULL)): a constant view.</summary>
    public static (DbspCircuit Incremental, DbspCircuit Reference) Constant()
    {
        var row = Row(Int, TextN);
        DbspCircuit Make(bool reference)
        {
            var c = new Builder().View("v", 8);
            ImmutableArray<ImmutableArray<LiteralExpr>> rows =
            [
                [Lit(1, Int), new LiteralExpr("one", TextN)],
                [Lit(2, Int), LiteralExpr.Null(TextN)],
                [Lit(2, Int), LiteralExpr.Null(TextN)],
            ];
            int constant = c.Add(new ConstantOperator(rows, row, Once: !reference));
            c.Output("v", constant, row);
            return c.Build();
        }
        return (Make(false), Make(true));
    }

    /// <summary>An input and one view that maps it through <paramref name="columns"/> (to test expression emission).</summary>
    public static EmitRequest Projection(string name, RowType input, params Expr[] columns)
    {
        var output = new RowType([.. columns.Select(c => c.Type)]);
        DbspCircuit Make()
        {
            var c = new Builder().View("v", 1);
            int t = c.Input("t", input);
            int map = c.Add(new MapOperator(t, [.. columns], output));
            c.Output("v", map, output);
            return c.Build();
        }
        return Request(name, Make(), Make());
    }

    public static readonly string[] TenViewNames = [.. Enumerable.Range(0, 10).Select(i => "v" + i)];

    /// <summary>A 10-view program over t(a INT, b VARCHAR NULL) and u(k INT, x BIGINT NULL), one view per operator family.</summary>
    public static EmitRequest TenViews(string name)
    {
        var t = Row(Int, TextN);
        var u = Row(Int, LongN);
        DbspCircuit Make(bool reference)
        {
            var c = new Builder().View("t", 1);
            int ti = c.Input("t", t);
            c.View("u", 2);
            int ui = c.Input("u", u);
            if (reference)
            {
                ti = c.Integrate(ti);
                ui = c.Integrate(ui);
            }
            int Agg(int source, ImmutableArray<AggregateCall> calls, RowType key, RowType result, string id) => reference
                ? c.Add(new StreamAggregateOperator(source, calls, key, result))
                : c.Add(new AggregateOperator(source, calls, key, result) { PersistentId = id });
            int Out(string view, ImmutableArray<Expr> columns, int source)
            {
                var row = new RowType([.. columns.Select(e => e.Type)]);
                int map = c.Add(new MapOperator(source, columns, row));
                return c.Output(view, map, row);
            }

            // v0: SELECT a * 2, UPPER(b) FROM t WHERE b IS NOT NULL
            c.View("v0", 10);
            int f0 = c.Add(new FilterOperator(ti, Call("is_not_null", Bool, Col(1, TextN)), StreamType.Flat(t)));
            Out("v0", [Call("multiply", Int, Col(0, Int), Lit(2, Int)), Call("upper", TextN, Col(1, TextN))], f0);

            // v1: SELECT a, COUNT(*), SUM(a) FROM t GROUP BY a
            c.View("v1", 11);
            int i1 = c.Add(new IndexOperator(ti, [Col(0, Int)], [Col(0, Int)], Row(Int), Row(Int)));
            int a1 = Agg(i1, [new(AggregateKind.CountStar, false, null, null, Long), new(AggregateKind.Sum, false, Col(0, Int), null, Long)],
                Row(Int), Row(Long, Long), "agg-v1");
            Out("v1", [Col(0, Int, 0), Col(0, Long, 1), Col(1, Long, 1)], a1);

            // v2: SELECT k, MIN(x), MAX(x), COUNT(x), SUM(DISTINCT x) FROM u GROUP BY k
            c.View("v2", 12);
            int i2 = c.Add(new IndexOperator(ui, [Col(0, Int)], [Col(1, LongN)], Row(Int), Row(LongN)));
            int a2 = Agg(i2, [new(AggregateKind.Min, false, Col(0, LongN), null, LongN), new(AggregateKind.Max, false, Col(0, LongN), null, LongN),
                new(AggregateKind.Count, false, Col(0, LongN), null, Long), new(AggregateKind.Sum, true, Col(0, LongN), null, LongN)],
                Row(Int), Row(LongN, LongN, Long, LongN), "agg-v2");
            Out("v2", [Col(0, Int, 0), Col(0, LongN, 1), Col(1, LongN, 1), Col(2, Long, 1), Col(3, LongN, 1)], a2);

            // v3: SELECT t.a, t.b, u.x FROM t JOIN u ON t.a = u.k
            c.View("v3", 13);
            int l3 = c.Add(new IndexOperator(ti, [Col(0, Int)], [Col(1, TextN)], Row(Int), Row(TextN)));
            int r3 = c.Add(new IndexOperator(ui, [Col(0, Int)], [Col(1, LongN)], Row(Int), Row(LongN)));
            var row3 = Row(Int, TextN, LongN);
            ImmutableArray<Expr> out3 = [Col(0, Int, 0), Col(0, TextN, 1), Col(0, LongN, 2)];
            int j3 = reference
                ? c.Add(new StreamJoinOperator(l3, r3, out3, null, row3))
                : c.Add(new JoinOperator(l3, r3, out3, null, row3) { PersistentId = "join-v3" });
            c.Output("v3", j3, row3);

            // v4: SELECT DISTINCT b FROM t
            c.View("v4", 14);
            int m4 = c.Add(new MapOperator(ti, [Col(1, TextN)], Row(TextN)));
            int d4 = reference ? c.Add(new StreamDistinctOperator(m4, StreamType.Flat(Row(TextN))))
                : c.Add(new DistinctOperator(m4, StreamType.Flat(Row(TextN))) { PersistentId = "distinct-v4" });
            c.Output("v4", d4, Row(TextN));

            // v5: the two largest x per k (NULLS LAST)
            c.View("v5", 15);
            int i5 = c.Add(new IndexOperator(ui, [Col(0, Int)], [Col(1, LongN)], Row(Int), Row(LongN)));
            ImmutableArray<SortKey> order5 = [new(Col(0, LongN), true, false)];
            var type5 = StreamType.Indexed(Row(Int), Row(LongN));
            int k5 = reference ? c.Add(new StreamTopKOperator(i5, order5, 2, 0, type5))
                : c.Add(new TopKOperator(i5, order5, 2, 0, type5) { PersistentId = "topk-v5" });
            Out("v5", [Col(0, Int, 0), Col(0, LongN, 1)], k5);

            // v6: SELECT CASE WHEN x > 10 THEN 'big' WHEN x IS NULL THEN 'none' ELSE 'small' END, k FROM u
            c.View("v6", 16);
            var case6 = new CaseExpr(
                [new CaseBranch(Call("gt", BoolN, Col(1, LongN), Lit(10, Long)), new LiteralExpr("big", Text)),
                 new CaseBranch(Call("is_null", Bool, Col(1, LongN)), new LiteralExpr("none", Text))],
                new LiteralExpr("small", Text), Text);
            Out("v6", [case6, Col(0, Int)], ui);

            // v7: SELECT a FROM t WHERE a > 2 OR b = 's1'
            c.View("v7", 17);
            var p7 = Call("or", BoolN, Call("gt", Bool, Col(0, Int), Lit(2, Int)), Call("eq", BoolN, Col(1, TextN), new LiteralExpr("s1", Text)));
            int f7 = c.Add(new FilterOperator(ti, p7, StreamType.Flat(t)));
            Out("v7", [Col(0, Int)], f7);

            // v8: SELECT COUNT(DISTINCT b), SUM(DISTINCT a), AVG(DISTINCT a) FROM t (per non-empty input)
            c.View("v8", 18);
            int i8 = c.Add(new IndexOperator(ti, [], [Col(0, Int), Col(1, TextN)], RowType.Empty, t));
            var dec = SqlType.Decimal(28, 3, nullable: true);
            int a8 = Agg(i8, [new(AggregateKind.Count, true, Col(1, TextN), null, Long), new(AggregateKind.Sum, true, Col(0, Int), null, LongN),
                new(AggregateKind.Avg, true, Col(0, Int), Call("is_not_null", Bool, Col(1, TextN)), dec)], RowType.Empty, Row(Long, LongN, dec), "agg-v8");
            Out("v8", [Col(0, Long, 1), Col(1, LongN, 1), Col(2, dec, 1)], a8);

            // v9: SELECT a FROM t UNION ALL SELECT k FROM u
            c.View("v9", 19);
            int m9a = c.Add(new MapOperator(ti, [Col(0, Int)], Row(Int)));
            int m9b = c.Add(new MapOperator(ui, [Col(0, Int)], Row(Int)));
            int s9 = c.Add(new SumOperator([m9a, m9b], StreamType.Flat(Row(Int))));
            c.Output("v9", s9, Row(Int));
            return c.Build();
        }
        return Request(name, Make(false), Make(true));
    }
}
