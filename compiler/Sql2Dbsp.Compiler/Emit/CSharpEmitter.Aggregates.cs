using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Circuit;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Emit;

public sealed partial class CSharpEmitter
{
    /// <summary>
    /// The accumulator struct (one field per call) and the aggregate function of an aggregate operator over the value
    /// rows of <paramref name="input"/>. Linear calls use the weighted accumulators of <c>SqlAggregates</c>; MIN/MAX keep
    /// a <c>T?</c> (ARG_MIN/ARG_MAX also the value that came with it, BIT_AND/BIT_OR a <c>long?</c>); DISTINCT calls
    /// collect a <c>DistinctSet&lt;T&gt;</c> and fold it into a fresh accumulator in Finish.
    /// </summary>
    private (string Function, string Accumulator) AggregateFunctor(
        Operator op, ImmutableArray<AggregateCall> calls, RowType keyRow, RowType resultRow, StreamType input, string prefix)
    {
        if (input.Key is not { } key) throw Bug(op, "aggregate input must be an indexed stream");
        if (!key.Equals(keyRow)) throw Bug(op, $"aggregate key {keyRow} differs from the input's key {key}");
        if (calls.Length != resultRow.Arity) throw Bug(op, $"{calls.Length} aggregate(s) for a result row of {resultRow.Arity} column(s)");

        var f = new FunctorScope();
        string value = RowName(input.Value);
        var s = new ExprScope(f, [("value", input.Value)], $"in {value} value", "value");
        var fields = new List<string>();
        var inits = new List<string>();
        var adds = new List<string>();
        var finish = new List<string>();
        var results = new List<string>();

        for (int i = 0; i < calls.Length; i++)
        {
            var call = calls[i];
            var target = resultRow[i];
            string a = "A" + CSharpText.Int(i);
            var conditions = new List<string>();
            if (call.Filter is not null) conditions.Add(Condition(call.Filter, s).Text);
            Code? arg = call.Argument is null ? null : Operand(call.Argument, s);
            if (call.Kind != AggregateKind.CountStar && arg is null) throw Bug(op, $"{call} has no argument");
            string statement;
            Code result;

            switch (call.Kind)
            {
                case AggregateKind.Min or AggregateKind.Max:
                {
                    // DISTINCT does not change MIN or MAX.
                    var state = target.WithNullable(true);
                    fields.Add($"public {CSharpText.TypeOf(state)} {a};");
                    statement = $"SqlAggregates.{call.Kind}(ref acc.{a}, {Coerce(arg!.Value, state.WithNullable(arg.Value.IsNullable)).Text});";
                    result = new Code($"acc.{a}", state);
                    break;
                }
                case AggregateKind.ArgMin or AggregateKind.ArgMax:
                {
                    // The compared value follows MIN/MAX (NULL ignored, the first of equal values kept); the value
                    // of the row that set it comes along.
                    if (call.Compared is null) throw Bug(op, $"{call} has no compared value");
                    var compared = Operand(call.Compared, s);
                    var keyState = compared.Type.WithNullable(true);
                    var state = target.WithNullable(true);
                    fields.Add($"public {CSharpText.TypeOf(state)} {a};");
                    fields.Add($"public {CSharpText.TypeOf(keyState)} {a}K;");
                    string step = call.Kind == AggregateKind.ArgMin ? "Min" : "Max";
                    statement = $"if (SqlAggregates.{step}(ref acc.{a}K, {Coerce(compared, keyState.WithNullable(compared.IsNullable)).Text})) acc.{a} = {Coerce(arg!.Value, state.WithNullable(arg.Value.IsNullable)).Text};";
                    result = new Code($"acc.{a}", state);
                    break;
                }
                case AggregateKind.BitAnd or AggregateKind.BitOr:
                {
                    // DISTINCT does not change BIT_AND or BIT_OR; every integer type is folded as BIGINT.
                    var state = SqlType.BigInt(true);
                    fields.Add($"public long? {a};");
                    statement = $"SqlAggregates.{call.Kind}(ref acc.{a}, {Coerce(arg!.Value, state.WithNullable(arg.Value.IsNullable)).Text});";
                    result = new Code($"acc.{a}", state);
                    break;
                }
                case AggregateKind.CountStar or AggregateKind.Count when !call.Distinct:
                    fields.Add($"public CountAccumulator {a};");
                    if (arg is { IsNullable: true } counted) conditions.Add($"{counted.Wrap(Prec.Unary)} is not null");
                    statement = $"acc.{a}.Add(weight);";
                    result = new Code($"acc.{a}.Count", SqlType.BigInt());
                    break;
                case not (AggregateKind.Min or AggregateKind.Max or AggregateKind.ArgMin or AggregateKind.ArgMax
                        or AggregateKind.BitAnd or AggregateKind.BitOr) when call.Distinct:
                {
                    var element = arg!.Value.Type.WithNullable(false);
                    string set = $"DistinctSet<{CSharpText.ValueType(element.Kind)}>";
                    fields.Add($"public {set} {a};");
                    inits.Add($"{a} = new {set}()");
                    // DistinctSet<T>.Add(T?) skips NULL strings; a nullable value type is unwrapped first.
                    if (arg.Value.IsNullable && !CSharpText.IsReference(element.Kind))
                    {
                        string x = "x" + CSharpText.Int(i);
                        conditions.Add($"{arg.Value.Wrap(Prec.Unary)} is {CSharpText.ValueType(element.Kind)} {x}");
                        statement = $"acc.{a}.Add({x});";
                    }
                    else statement = $"acc.{a}.Add({arg.Value.Text});";
                    string d = "d" + CSharpText.Int(i);
                    var v = new Code("v", element);
                    if (call.Kind == AggregateKind.Count)
                        result = new Code($"acc.{a}.Count", SqlType.BigInt());
                    else
                    {
                        var (accumulator, accInput, natural) = Accumulator(op, call, target, d);
                        finish.Add($"var {d} = new {accumulator}();");
                        finish.Add($"foreach (var v in acc.{a}) {d}.Add({AccumulatorArgument(v, accInput).Text}, 1);");
                        result = natural;
                    }
                    break;
                }
                default:
                {
                    var (accumulator, accInput, natural) = Accumulator(op, call, target, "acc." + a);
                    fields.Add($"public {accumulator} {a};");
                    statement = $"acc.{a}.Add({AccumulatorArgument(arg!.Value, accInput).Text}, weight);";
                    result = natural;
                    break;
                }
            }

            // A condition that is a constant (a FILTER the rewrites folded) must not become "if (false)", which is
            // unreachable code to Roslyn.
            conditions.RemoveAll(c => c == "true");
            if (!conditions.Contains("false"))
                adds.Add(conditions.Count == 0 ? statement : $"if ({string.Join(" && ", conditions)}) {statement}");
            results.Add($"F{CSharpText.Int(i)} = {Coerce(result, target).Text}");
        }

        string init = inits.Count == 0 ? "default" : $"new() {{ {string.Join(", ", inits)} }}";
        var resultInit = resultRow.Arity == 0 ? RowInit.Default : new RowInit(null, results.ToEquatableArray());
        var body = new AggregateBody(value, RowName(resultRow), fields.ToEquatableArray(), init,
            adds.ToEquatableArray(), finish.ToEquatableArray(), resultInit, f.HelperArray);
        string name = AddFunctor($"{prefix}Agg{CSharpText.Int(op.Id)}", op, body);
        return (name, AccumulatorName(name));
    }

    /// <summary>
    /// The SqlAggregates accumulator of a call kept in a weighted accumulator (SUM and AVG by their result type, the
    /// variance family by its argument type, EVERY/SOME, BIT_XOR): its name, input type and result expression.
    /// </summary>
    private static (string Name, SqlType Input, Code Result) Accumulator(Operator op, AggregateCall call, SqlType target, string access)
    {
        switch (call.Kind)
        {
            case AggregateKind.Every or AggregateKind.Some:
                return ("BoolAccumulator", SqlType.Boolean(), new Code($"{access}.{call.Kind}", SqlType.Boolean(true)));
            case AggregateKind.BitXor:
                return ("BitXorAccumulator", SqlType.BigInt(), new Code($"{access}.Result", SqlType.BigInt(true)));
            case AggregateKind.VarPop or AggregateKind.VarSamp or AggregateKind.StddevPop or AggregateKind.StddevSamp:
                return call.Argument is { Type.IsInteger: true }
                    ? ("VarianceInt64Accumulator", SqlType.BigInt(), new Code($"{access}.{call.Kind}", SqlType.Double(true)))
                    : ("VarianceDoubleAccumulator", SqlType.Double(), new Code($"{access}.{call.Kind}", SqlType.Double(true)));
            case AggregateKind.Sum or AggregateKind.Avg:
                break;
            default:
                throw Bug(op, $"{call} has no weighted accumulator");
        }
        bool sum = call.Kind == AggregateKind.Sum;
        if (target.IsInteger && sum)
            return ("SumInt64Accumulator", SqlType.BigInt(), new Code($"{access}.Result", SqlType.BigInt(true)));
        if (target.IsExactNumeric)
        {
            var input = SqlType.Decimal(SqlType.MaxDecimalPrecision, target.Kind == SqlTypeKind.Decimal ? target.Scale : 0);
            // The running sum is exact; the result must still fit DECIMAL(38, s), like any DECIMAL value.
            return sum
                ? ("SumDecimalAccumulator", input, new Code($"SqlCast.ToDecimal({access}.Result{CSharpText.ConversionArguments(input)})", input.AsNullable()))
                : ("AvgDecimalAccumulator", input, new Code($"{access}.Result({CSharpText.Int(input.Scale)})", input.AsNullable()));
        }
        if (target.IsApproximate)
            return sum
                ? ("SumDoubleAccumulator", SqlType.Double(), new Code($"{access}.Result", SqlType.Double(true)))
                : ("AvgDoubleAccumulator", SqlType.Double(), new Code($"{access}.Result", SqlType.Double(true)));
        throw CompilationError.Unsupported($"{call} with result type {target}", op.Origin.Span);
    }

    /// <summary>The argument as the accumulator's input type: as is when C# converts it implicitly, else through SqlCast.</summary>
    private static Code AccumulatorArgument(Code arg, SqlType input)
    {
        bool implicitly = arg.Type.Kind switch
        {
            SqlTypeKind.TinyInt or SqlTypeKind.SmallInt or SqlTypeKind.Integer or SqlTypeKind.BigInt => true,
            SqlTypeKind.Decimal => input.Kind == SqlTypeKind.Decimal,
            SqlTypeKind.Real or SqlTypeKind.Double => input.Kind == SqlTypeKind.Double,
            _ => false,
        };
        return implicitly ? arg : Coerce(arg, input.WithNullable(arg.IsNullable));
    }

    private static string AccumulatorName(string function)
    {
        int at = function.LastIndexOf("Agg", StringComparison.Ordinal);
        return function[..at] + "Acc" + function[(at + 3)..];
    }

    private static void RenderAggregate(CodeWriter w, FunctorModel functor, AggregateBody a)
    {
        string acc = AccumulatorName(functor.Name);
        w.Line($"/// <summary>The per-group state of <see cref=\"{functor.Name}\"/>.</summary>");
        w.Line(GeneratedCodeAttribute);
        w.Line(CheckpointedAttribute);
        using (w.Block($"public partial struct {acc}"))
            foreach (var field in a.AccumulatorFields) w.Line(field);
        w.Line();
        using (Header(w, functor, $"IAggregateFunction<{a.Value}, {acc}, {a.Out}>"))
        {
            w.Line($"public static {acc} Init() => {a.Init};");
            w.Line();
            using (w.Block($"public static void Add(ref {acc} acc, in {a.Value} value, long weight)"))
                foreach (var statement in a.AddStatements) w.Line(statement);
            w.Line();
            string header = $"public static {a.Out} Finish(in {acc} acc)";
            if (a.FinishStatements.Count == 0) RenderRowMethod(w, header + " =>", a.Result);
            else
                using (w.Block(header))
                {
                    foreach (var statement in a.FinishStatements) w.Line(statement);
                    RenderRowMethod(w, "return", a.Result);
                }
            RenderHelpers(w, a.Helpers);
        }
    }
}
