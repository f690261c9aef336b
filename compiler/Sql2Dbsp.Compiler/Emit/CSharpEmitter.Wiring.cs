using Sql2Dbsp.Compiler.Circuit;

namespace Sql2Dbsp.Compiler.Emit;

public sealed partial class CSharpEmitter
{
    private readonly List<ConstantModel> constants = [];
    private readonly Dictionary<(string Row, EquatableArray<string> Rows), string> constantByValue = [];

    /// <summary>Operators per wiring part: Roslyn's cost grows faster than linearly with the size of one method.</summary>
    private const int PartSize = 120;

    /// <summary>
    /// One circuit-building class: a statement per operator in order (<c>var s12 = b.Map&lt;…&gt;(s7);</c>),
    /// <c>SetContext</c> whenever the origin (view, location) changes, stateful operators with their persistent id.
    /// The statements are split into parts (methods) of about <see cref="PartSize"/> operators, cut at view
    /// boundaries where possible; a stream that a later part reads is a field instead of a local.
    /// </summary>
    private WiringModel BuildWiring(DbspCircuit circuit, string method, string prefix)
    {
        var partOf = new Dictionary<int, int>();
        var parts = new List<List<int>> { new() };
        string view = "";
        foreach (var op in circuit.Operators)
        {
            var current = parts[^1];
            // A recursion's outputs stay in its part: they read its scope object, which is not a stream.
            bool full = (current.Count >= PartSize && op.Origin.View != view || current.Count >= 4 * PartSize) && op is not ScopeOutputOperator;
            if (full) parts.Add(current = []);
            current.Add(op.Id);
            partOf[op.Id] = parts.Count - 1;
            view = op.Origin.View;
        }
        var shared = new SortedSet<int>();
        foreach (var op in circuit.Operators)
            foreach (int input in op.Inputs)
                if (partOf[input] != partOf[op.Id]) shared.Add(input);

        var bodies = new List<EquatableArray<string>>();
        (string View, string Location) context = ("", "");
        foreach (var part in parts)
        {
            var lines = new List<string>();
            foreach (int id in part)
            {
                var op = circuit[id];
                SetContext(op, lines, ref context);
                string statement = Statement(circuit, op, prefix);
                if (op is RecursiveOperator) context = ("\0", "\0"); // its body set contexts of its own
                if (shared.Contains(id))
                {
                    // The statement's last line defines the operator's stream (top-k adds helper locals before it).
                    string local = $"var {Local(id)} = ";
                    int at = statement.LastIndexOf(local, StringComparison.Ordinal);
                    if (at < 0 || at > 0 && statement[at - 1] != '\n') throw Bug(op, "cannot find the statement that defines the stream");
                    statement = statement[..at] + statement[(at + 4)..];
                }
                lines.Add(statement);
            }
            bodies.Add(lines.ToEquatableArray());
        }
        var fields = shared.Select(id => new StreamFieldModel(Local(id), $"Stream<{ElementType(circuit[id].Output)}>")).ToEquatableArray();
        return new WiringModel(method, prefix + "Wiring", fields, bodies.ToEquatableArray());
    }

    private void SetContext(Operator op, List<string> lines, ref (string View, string Location) context)
    {
        var origin = (op.Origin.View, Location(op.Origin.Span));
        if (origin == context) return;
        lines.Add($"b.SetContext({CSharpText.String(origin.View)}, {CSharpText.String(origin.Item2)});");
        context = origin;
    }

    /// <summary>
    /// A recursive group: <c>BeginRecursion</c>, its imports and feedbacks, the body's statements (locals and functor
    /// names prefixed with the operator's id so they cannot clash with the enclosing circuit's), the feedbacks closed
    /// with their results, <c>EndRecursion</c>.
    /// </summary>
    private string Recursion(RecursiveOperator r, string prefix)
    {
        string scope = Local(r.Id);
        var imports = r.Imports.Select(Local).ToList();
        var lines = new List<string> { $"var {scope} = b.BeginRecursion({CSharpText.String(string.Join(", ", r.Views))}, {Bool(r.Incremental)});" };
        string enclosing = localPrefix;
        localPrefix = scope + "_";
        try
        {
            (string, string) context = ("\0", "\0");
            foreach (var op in r.Body.Operators)
            {
                SetContext(op, lines, ref context);
                lines.Add(op switch
                {
                    ImportOperator i => $"var {Local(op.Id)} = {scope}.Import({imports[i.Index]});",
                    FeedbackOperator f => $"var {Local(op.Id)} = {scope}.Feedback<{RowName(f.Row)}>();",
                    _ => Statement(r.Body, op, $"{prefix}R{CSharpText.Int(r.Id)}_"),
                });
            }
            for (int i = 0; i < r.Feedbacks.Length; i++) lines.Add($"{scope}.Close({Local(r.Feedbacks[i])}, {Local(r.Results[i])});");
        }
        finally
        {
            localPrefix = enclosing;
        }
        lines.Add($"b.EndRecursion({scope});");
        return string.Join("\n", lines);
    }

    private string Statement(DbspCircuit circuit, Operator op, string prefix)
    {
        string s = Local(op.Id);
        string id = CSharpText.String(op.PersistentId ?? "op" + CSharpText.Int(op.Id));
        StreamType In(int i) => circuit[op.Inputs[i]].Output;
        string Arg(int i) => Local(op.Inputs[i]);
        string Indexed(StreamType t) => t.Key is { } key ? $"{RowName(key)}, {RowName(t.Value)}" : throw Bug(op, "expected an indexed input");

        switch (op)
        {
            case InputOperator i:
                return $"var {s} = b.Input<{RowName(i.Row)}>({CSharpText.String(i.Table)}).Stream;";
            case LatenessOperator l:
            {
                var waterline = new MapOperator(l.Source, [l.Waterline], l.KeyRow) { Id = l.Id };
                string f = MapFunctor(waterline, StreamType.Flat(l.KeyRow), prefix);
                return $"var {s} = b.Lateness<{Indexed(In(0))}, {f}>({Arg(0)}, {CSharpText.String(l.Table)}, {id});";
            }
            case ConstantOperator c:
                return $"var {s} = b.{(c.Once ? "ConstantOnce" : "Constant")}({Constant(c, prefix)});";
            case MapOperator m:
                return $"var {s} = b.Map<{ElementType(In(0))}, {RowName(m.Row)}, {MapFunctor(m, In(0), prefix)}>({Arg(0)});";
            case FilterOperator f:
                CheckSameType(op, In(0), f.Type);
                return $"var {s} = b.Filter<{ElementType(In(0))}, {FilterFunctor(f, In(0), prefix)}>({Arg(0)});";
            case IndexOperator x:
                return $"var {s} = b.Index<{ElementType(In(0))}, {RowName(x.KeyRow)}, {RowName(x.ValueRow)}, {IndexFunctor(x, In(0), prefix)}>({Arg(0)});";
            case SumOperator:
                for (int i = 0; i < op.Inputs.Length; i++) CheckSameType(op, In(i), op.Output);
                return $"var {s} = b.Sum({string.Join(", ", op.Inputs.Select(Local))});";
            case NegateOperator:
                return $"var {s} = b.Negate({Arg(0)});";
            case MinusOperator:
                CheckSameType(op, In(0), In(1));
                return $"var {s} = b.Minus({Arg(0)}, {Arg(1)});";
            case StreamDistinctOperator:
                return $"var {s} = b.Distinct({Arg(0)});";
            case DistinctOperator:
                return $"var {s} = b.IncrementalDistinct({Arg(0)}, {id});";
            case StreamTemporalFilterOperator t:
                return $"var {s} = b.TemporalFilter<{Indexed(In(0))}>({Arg(0)}, {Arg(1)}, {Window(t.Window)});";
            case TemporalFilterOperator t:
                return $"var {s} = b.IncrementalTemporalFilter<{Indexed(In(0))}>({Arg(0)}, {Arg(1)}, {Window(t.Window)}, {id});";
            case StreamPositiveOperator:
                return $"var {s} = b.Positive({Arg(0)});";
            case PositiveOperator:
                return $"var {s} = b.IncrementalPositive({Arg(0)}, {id});";
            case StreamJoinOperator j:
            {
                string f = JoinFunctor(op, In(0), In(1), j.Outputs, j.Condition, j.Row, prefix);
                return $"var {s} = b.Join<{Indexed(In(0))}, {RowName(In(1).Value)}, {RowName(j.Row)}, {f}>({Arg(0)}, {Arg(1)});";
            }
            case JoinOperator j:
            {
                string f = JoinFunctor(op, In(0), In(1), j.Outputs, j.Condition, j.Row, prefix);
                return $"var {s} = b.IncrementalJoin<{Indexed(In(0))}, {RowName(In(1).Value)}, {RowName(j.Row)}, {f}>({Arg(0)}, {Arg(1)}, {id});";
            }
            case StreamAggregateOperator a:
            {
                var (f, acc) = AggregateFunctor(op, a.Aggregates, a.KeyRow, a.ResultRow, In(0), prefix);
                return $"var {s} = b.Aggregate<{Indexed(In(0))}, {acc}, {RowName(a.ResultRow)}, {f}>({Arg(0)});";
            }
            case AggregateOperator a:
            {
                var (f, acc) = AggregateFunctor(op, a.Aggregates, a.KeyRow, a.ResultRow, In(0), prefix);
                string method = a.IsLinear ? "IncrementalLinearAggregate" : "IncrementalAggregate";
                return $"var {s} = b.{method}<{Indexed(In(0))}, {acc}, {RowName(a.ResultRow)}, {f}>({Arg(0)}, {id});";
            }
            case StreamTopKOperator t:
                return TopK(op, t.Order, t.Limit, t.Offset, In(0), Arg(0), s, incremental: false, id, prefix);
            case TopKOperator t:
                return TopK(op, t.Order, t.Limit, t.Offset, In(0), Arg(0), s, incremental: true, id, prefix);
            case StreamTopKRankOperator t:
                return TopKRank(op, t.Order, t.RankKind, t.Limit, In(0), op.Output, Arg(0), s, incremental: false, id, prefix);
            case TopKRankOperator t:
                return TopKRank(op, t.Order, t.RankKind, t.Limit, In(0), op.Output, Arg(0), s, incremental: true, id, prefix);
            case IntegrateOperator:
                return $"var {s} = b.Integrate({Arg(0)}, {id});";
            case DifferentiateOperator:
                return $"var {s} = b.Differentiate({Arg(0)}, {id});";
            case DelayOperator:
                return $"var {s} = b.Delay({Arg(0)}, {id});";
            case RecursiveOperator r:
                return Recursion(r, prefix);
            case ScopeOutputOperator o:
            {
                var r = (RecursiveOperator)circuit[o.Source];
                return $"var {s} = {Arg(0)}.Output({Arg(0)}_{CSharpText.Int(r.Feedbacks[o.Index])});";
            }
            case OutputOperator o:
                if (In(0).IsIndexed || !In(0).Value.Equals(o.Row))
                    throw Bug(op, $"output {o.View} has row {o.Row} but its input is {In(0)}");
                return $"b.Output({CSharpText.String(o.View)}, {Arg(0)});";
            default:
                throw Bug(op, "no C# emission for this operator kind");
        }
    }

    /// <summary>
    /// Top-k over an indexed stream (per key); over a flat stream the rows are indexed under the empty key first and
    /// flattened after, so the runtime only needs the indexed form.
    /// </summary>
    private string TopK(Operator op, System.Collections.Immutable.ImmutableArray<SortKey> order, long limit, long offset,
        StreamType input, string arg, string s, bool incremental, string id, string prefix)
    {
        string comparer = TopKComparer(op, order, input.Value, prefix);
        string args = $"{CSharpText.Int(limit)}, {CSharpText.Int(offset)}" + (incremental ? ", " + id : "");
        string method = incremental ? "IncrementalTopK" : "TopK";
        if (input.Key is { } key)
            return $"var {s} = b.{method}<{RowName(key)}, {RowName(input.Value)}, {comparer}>({arg}, {args});";
        string row = RowName(input.Value);
        var (index, flatten) = FlatTopKAdapters(op, input.Value, prefix);
        return $"var {s}i = b.Index<{row}, {UnitRow}, {row}, {index}>({arg});\n" +
               $"var {s}t = b.{method}<{UnitRow}, {row}, {comparer}>({s}i, {args});\n" +
               $"var {s} = b.Map<KV<{UnitRow}, {row}>, {row}, {flatten}>({s}t);";
    }

    /// <summary>ROW_NUMBER/RANK/DENSE_RANK per key: an ORDER BY comparer and a functor that appends the number to the row.</summary>
    private string TopKRank(Operator op, System.Collections.Immutable.ImmutableArray<SortKey> order, Logical.RankKind kind, long limit,
        StreamType input, StreamType output, string arg, string s, bool incremental, string id, string prefix)
    {
        if (input.Key is not { } key || output.Key is null) throw Bug(op, "a top-k rank reads and produces indexed streams");
        string comparer = TopKComparer(op, order, input.Value, prefix);
        string rank = RankFunctor(op, input.Value, output.Value, prefix);
        string method = incremental ? "IncrementalTopKRank" : "TopKRank";
        string args = $"global::Sql2Dbsp.Runtime.Operators.RankKind.{kind}, {CSharpText.Int(limit)}" + (incremental ? ", " + id : "");
        return $"var {s} = b.{method}<{RowName(key)}, {RowName(input.Value)}, {RowName(output.Value)}, {comparer}, {rank}>({arg}, {args});";
    }

    private string Constant(ConstantOperator c, string prefix)
    {
        string row = RowName(c.Row);
        var f = new FunctorScope();
        var scope = new ExprScope(f, [], "", "");
        var rows = new List<string>();
        foreach (var values in c.Rows)
        {
            if (c.Row.Arity == 0)
            {
                rows.Add($"default({UnitRow})");
                continue;
            }
            var init = Construct(c.Row, values, scope, c);
            rows.Add($"new {row} {{ {string.Join(", ", init.Fields)} }}");
        }
        if (f.Helpers.Count > 0) throw Bug(c, "constant rows must be literals");
        var key = (row, rows.ToEquatableArray());
        if (constantByValue.TryGetValue(key, out var existing)) return existing;
        string name = $"{prefix}Constant{CSharpText.Int(c.Id)}";
        constantByValue.Add(key, name);
        constants.Add(new ConstantModel(name, row, key.Item2));
        return name;
    }

    private static string Window(TemporalWindowSpec w) =>
        $"new global::Sql2Dbsp.Runtime.Operators.TemporalWindow({Bool(w.HasLower)}, {Bool(w.LowerInclusive)}, {Bool(w.HasUpper)}, {Bool(w.UpperInclusive)})";

    private static string Bool(bool b) => b ? "true" : "false";

    /// <summary>Prefix of stream locals: "s" in a circuit, "s12_" in the body of recursive operator 12.</summary>
    private string localPrefix = "s";

    private string Local(int id) => localPrefix + CSharpText.Int(id);

    private void CheckSameType(Operator op, StreamType a, StreamType b)
    {
        if (ElementType(a) != ElementType(b)) throw Bug(op, $"stream types differ: {a} and {b}");
    }
}
