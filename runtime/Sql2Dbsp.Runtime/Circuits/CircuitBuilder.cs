using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Operators;
using Sql2Dbsp.Runtime.Operators.Nested;

namespace Sql2Dbsp.Runtime.Circuits;

/// <summary>
/// Builds a <see cref="Circuit"/>: each method adds one operator and returns its output stream. Operators run in
/// creation order, which is therefore a topological order (an operator can only consume streams created before it).
/// A stream may feed any number of operators. Stateful operators take a stable <c>id</c> (unique in the circuit),
/// under which their state will be checkpointed.
/// </summary>
/// <remarks>
/// Operators whose name starts with <c>Incremental</c> (and Integrate, Differentiate, Delay, ConstantOnce) are
/// stateful; the others compute on the current step's values only. Between <see cref="BeginRecursion"/> and
/// <see cref="EndRecursion"/> operators go into a recursive scope (see <see cref="RecursionScope"/>). Functors (<c>F</c>, <c>C</c>) are types
/// implementing the functor interfaces of <c>Sql2Dbsp.Runtime.Algebra</c> with static members; they are called directly, never boxed.
/// </remarks>
public sealed class CircuitBuilder
{
    private readonly List<Operator> _operators = new();
    private readonly List<Action> _takeInputs = new();
    private readonly List<Action> _publishOutputs = new();
    private readonly Dictionary<string, IInputHandle> _inputs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IOutputHandle> _outputs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private string? _view;
    private string? _location;
    private bool _built;
    private RecursionScope? _scope;
    private List<Operator>? _body;

    /// <summary>Operators created after this call carry <paramref name="view"/> and the SQL <paramref name="location"/> for error messages.</summary>
    public void SetContext(string view, string location)
    {
        _view = string.IsNullOrEmpty(view) ? null : view;
        _location = string.IsNullOrEmpty(location) ? null : location;
    }

    /// <summary>A table input; <see cref="InputHandle{T}.Stream"/> is its delta stream.</summary>
    public InputHandle<T> Input<T>(string name) where T : struct, IRowValues<T>
    {
        CheckOpen();
        TopLevelOnly("an input");
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (_inputs.ContainsKey(name)) throw new ArgumentException($"duplicate input name '{name}'", nameof(name));
        var stream = NewStream<T>("Input");
        var handle = new InputHandle<T>(name, stream);
        Add(new InputOperator<T>(handle, stream));
        _inputs.Add(name, handle);
        _takeInputs.Add(handle.Take);
        return handle;
    }

    /// <summary>The constant stream <c>value, value, …</c>.</summary>
    public Stream<T> Constant<T>(ZSet<T> value) where T : struct, IRow<T>
    {
        ArgumentNullException.ThrowIfNull(value);
        TopLevelOnly("a constant (import it)");
        var output = NewStream<T>("Constant");
        Add(new ConstantOperator<T>(value, output));
        return output;
    }

    /// <summary>The stream <c>value, 0, 0, …</c> = D(constant): the incremental form of a constant.</summary>
    public Stream<T> ConstantOnce<T>(ZSet<T> value) where T : struct, IRow<T>
    {
        ArgumentNullException.ThrowIfNull(value);
        TopLevelOnly("a constant (import it)");
        var output = NewStream<T>("ConstantOnce");
        Add(new ConstantOnceOperator<T>(value, output, UseId($"constant-once-{_operators.Count}")));
        return output;
    }

    /// <summary>Row-wise projection with <typeparamref name="F"/>.</summary>
    public Stream<TOut> Map<TIn, TOut, F>(Stream<TIn> input)
        where TIn : struct, IRow<TIn>
        where TOut : struct, IRow<TOut>
        where F : IMapFunction<TIn, TOut>
    {
        Check(input, raw: true);
        var output = NewStream<TOut>("Map");
        Add(new MapOperator<TIn, TOut, F>(input, output));
        return output;
    }

    /// <summary>Keeps the rows for which <typeparamref name="F"/> returns true.</summary>
    public Stream<T> Filter<T, F>(Stream<T> input)
        where T : struct, IRow<T>
        where F : IFilterFunction<T>
    {
        Check(input, raw: true);
        var output = NewStream<T>("Filter");
        Add(new FilterOperator<T, F>(input, output));
        return output;
    }

    /// <summary>Splits each row into key and value with <typeparamref name="F"/>, giving an indexed Z-set.</summary>
    public Stream<KV<K, V>> Index<TIn, K, V, F>(Stream<TIn> input)
        where TIn : struct, IRow<TIn>
        where K : struct, IRow<K>
        where V : struct, IRow<V>
        where F : IIndexFunction<TIn, K, V>
    {
        Check(input, raw: true);
        var output = NewStream<KV<K, V>>("Index");
        Add(new IndexOperator<TIn, K, V, F>(input, output));
        return output;
    }

    /// <summary>The sum (UNION ALL) of the inputs.</summary>
    public Stream<T> Sum<T>(params Stream<T>[] inputs) where T : struct, IRow<T>
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var i in inputs) Check(i);
        var output = NewStream<T>("Sum");
        Add(new SumOperator<T>((Stream<T>[])inputs.Clone(), output));
        return output;
    }

    /// <summary>−input.</summary>
    public Stream<T> Negate<T>(Stream<T> input) where T : struct, IRow<T>
    {
        Check(input);
        var output = NewStream<T>("Negate");
        Add(new NegateOperator<T>(input, output));
        return output;
    }

    /// <summary>left − right.</summary>
    public Stream<T> Minus<T>(Stream<T> left, Stream<T> right) where T : struct, IRow<T>
    {
        Check(left);
        Check(right);
        var output = NewStream<T>("Minus");
        Add(new MinusOperator<T>(left, right, output));
        return output;
    }

    /// <summary>Non-incremental distinct: rows of positive weight, with weight 1.</summary>
    public Stream<T> Distinct<T>(Stream<T> input) where T : struct, IRow<T>
    {
        Check(input);
        NotIncrementalScope("Distinct");
        var output = NewStream<T>("Distinct");
        Add(new DistinctOperator<T>(input, output));
        return output;
    }

    /// <summary>Non-incremental positive part: rows of positive weight, with their weight (EXCEPT ALL).</summary>
    public Stream<T> Positive<T>(Stream<T> input) where T : struct, IRow<T>
    {
        Check(input);
        NotIncrementalScope("Positive");
        var output = NewStream<T>("Positive");
        Add(new DistinctOperator<T>(input, output, keepWeights: true));
        return output;
    }

    /// <summary>Incremental positive part: input and output are delta streams.</summary>
    public Stream<T> IncrementalPositive<T>(Stream<T> input, string id) where T : struct, IRow<T>
    {
        Check(input);
        var output = NewStream<T>("IncrementalPositive");
        Add(NestedClock("IncrementalPositive") is { } clock
            ? new NestedDistinctOperator<T>(input, output, clock, UseId(id), keepWeights: true)
            : new IncrementalDistinctOperator<T>(input, output, UseId(id), keepWeights: true));
        return output;
    }

    /// <summary>Incremental distinct: input and output are delta streams.</summary>
    public Stream<T> IncrementalDistinct<T>(Stream<T> input, string id) where T : struct, IRow<T>
    {
        Check(input);
        var output = NewStream<T>("IncrementalDistinct");
        Add(NestedClock("IncrementalDistinct") is { } clock
            ? new NestedDistinctOperator<T>(input, output, clock, UseId(id), keepWeights: false)
            : new IncrementalDistinctOperator<T>(input, output, UseId(id)));
        return output;
    }

    /// <summary>
    /// Non-incremental temporal filter: the rows (values of <paramref name="input"/>) whose key lies in the window of the
    /// current <paramref name="bounds"/> (one row, lower bound ↦ upper bound).
    /// </summary>
    public Stream<V> TemporalFilter<K, V>(Stream<KV<K, V>> input, Stream<KV<K, K>> bounds, TemporalWindow window)
        where K : struct, IRow<K>
        where V : struct, IRow<V>
    {
        Check(input);
        Check(bounds);
        TopLevelOnly("a temporal filter");
        var output = NewStream<V>("TemporalFilter");
        Add(new TemporalFilterOperator<K, V>(input, bounds, output, window));
        return output;
    }

    /// <summary>Incremental temporal filter: input, bounds and output are delta streams.</summary>
    public Stream<V> IncrementalTemporalFilter<K, V>(Stream<KV<K, V>> input, Stream<KV<K, K>> bounds, TemporalWindow window, string id)
        where K : struct, IRow<K>
        where V : struct, IRow<V>
    {
        Check(input);
        Check(bounds);
        TopLevelOnly("a temporal filter");
        var output = NewStream<V>("IncrementalTemporalFilter");
        Add(new IncrementalTemporalFilterOperator<K, V>(input, bounds, output, window, UseId(id)));
        return output;
    }

    /// <summary>
    /// Lateness: drops the late changes of table <paramref name="table"/> (its change stream indexed by the LATENESS
    /// column); <typeparamref name="W"/> maps a value to its waterline. The same in both circuits: it works on changes.
    /// The count of dropped changes is reported by the table's input handle (<see cref="IInputHandle.LateRecords"/>).
    /// </summary>
    public Stream<V> Lateness<K, V, W>(Stream<KV<K, V>> input, string table, string id)
        where K : struct, IRow<K>
        where V : struct, IRowValues<V>
        where W : IMapFunction<K, K>
    {
        Check(input);
        TopLevelOnly("a lateness filter");
        if (!_inputs.TryGetValue(table, out var handle) || handle is not InputHandle<V> typed)
            throw new ArgumentException($"lateness of '{table}' needs that table's input, with row type {typeof(V).Name}", nameof(table));
        var output = NewStream<V>("Lateness");
        var op = new LatenessOperator<K, V, W>(input, output, UseId(id));
        typed.LateCounter = () => op.Dropped;
        Add(op);
        return output;
    }

    /// <summary>Non-incremental equi-join on the key; <typeparamref name="F"/> builds (or drops) each output row.</summary>
    public Stream<TOut> Join<K, VL, VR, TOut, F>(Stream<KV<K, VL>> left, Stream<KV<K, VR>> right)
        where K : struct, IRow<K>
        where VL : struct, IRow<VL>
        where VR : struct, IRow<VR>
        where TOut : struct, IRow<TOut>
        where F : IJoinFunction<K, VL, VR, TOut>
    {
        Check(left);
        Check(right);
        NotIncrementalScope("Join");
        var output = NewStream<TOut>("Join");
        Add(new JoinOperator<K, VL, VR, TOut, F>(left, right, output));
        return output;
    }

    /// <summary>Incremental equi-join: inputs and output are delta streams.</summary>
    public Stream<TOut> IncrementalJoin<K, VL, VR, TOut, F>(Stream<KV<K, VL>> left, Stream<KV<K, VR>> right, string id)
        where K : struct, IRow<K>
        where VL : struct, IRow<VL>
        where VR : struct, IRow<VR>
        where TOut : struct, IRow<TOut>
        where F : IJoinFunction<K, VL, VR, TOut>
    {
        Check(left);
        Check(right);
        var output = NewStream<TOut>("IncrementalJoin");
        Add(NestedClock("IncrementalJoin") is { } clock
            ? new NestedJoinOperator<K, VL, VR, TOut, F>(left, right, output, clock, UseId(id))
            : new IncrementalJoinOperator<K, VL, VR, TOut, F>(left, right, output, UseId(id)));
        return output;
    }

    /// <summary>Non-incremental grouped aggregate: one output row per key with at least one positive-weight value.</summary>
    public Stream<KV<K, TOut>> Aggregate<K, V, A, TOut, F>(Stream<KV<K, V>> input)
        where K : struct, IRow<K>
        where V : struct, IRow<V>
        where A : struct
        where TOut : struct, IRow<TOut>
        where F : IAggregateFunction<V, A, TOut>
    {
        Check(input);
        NotIncrementalScope("Aggregate");
        var output = NewStream<KV<K, TOut>>("Aggregate");
        Add(new AggregateOperator<K, V, A, TOut, F>(input, output));
        return output;
    }

    /// <summary>Incremental general aggregate (recomputes changed groups from the integrated input; MIN, MAX, …).</summary>
    public Stream<KV<K, TOut>> IncrementalAggregate<K, V, A, TOut, F>(Stream<KV<K, V>> input, string id)
        where K : struct, IRow<K>
        where V : struct, IRow<V>
        where A : struct
        where TOut : struct, IRow<TOut>
        where F : IAggregateFunction<V, A, TOut>
    {
        Check(input);
        var output = NewStream<KV<K, TOut>>("IncrementalAggregate");
        Add(NestedClock("IncrementalAggregate") is { } clock
            ? new NestedAggregateOperator<K, V, A, TOut, F>(input, output, clock, UseId(id))
            : new IncrementalAggregateOperator<K, V, A, TOut, F>(input, output, UseId(id)));
        return output;
    }

    /// <summary>Incremental linear aggregate (per-group accumulators fed signed weights; COUNT, SUM, AVG).</summary>
    public Stream<KV<K, TOut>> IncrementalLinearAggregate<K, V, A, TOut, F>(Stream<KV<K, V>> input, string id)
        where K : struct, IRow<K>
        where V : struct, IRow<V>
        where A : struct
        where TOut : struct, IRow<TOut>
        where F : IAggregateFunction<V, A, TOut>
    {
        Check(input, raw: true);
        var output = NewStream<KV<K, TOut>>("IncrementalLinearAggregate");
        Add(NestedClock("IncrementalLinearAggregate") is { } clock
            ? new NestedAggregateOperator<K, V, A, TOut, F>(input, output, clock, UseId(id))
            : new IncrementalLinearAggregateOperator<K, V, A, TOut, F>(input, output, UseId(id)));
        return output;
    }

    /// <summary>Non-incremental per-key top-k ordered by <typeparamref name="C"/> (<paramref name="limit"/> &lt; 0: no limit).</summary>
    public Stream<KV<K, V>> TopK<K, V, C>(Stream<KV<K, V>> input, long limit, long offset)
        where K : struct, IRow<K>
        where V : struct, IRow<V>
        where C : IRowComparer<V>
    {
        Check(input);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        TopLevelOnly("a top-k");
        var output = NewStream<KV<K, V>>("TopK");
        Add(new TopKOperator<K, V, C>(input, output, limit, offset));
        return output;
    }

    /// <summary>Incremental per-key top-k: input and output are delta streams.</summary>
    public Stream<KV<K, V>> IncrementalTopK<K, V, C>(Stream<KV<K, V>> input, long limit, long offset, string id)
        where K : struct, IRow<K>
        where V : struct, IRow<V>
        where C : IRowComparer<V>
    {
        Check(input);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        TopLevelOnly("a top-k");
        var output = NewStream<KV<K, V>>("IncrementalTopK");
        Add(new IncrementalTopKOperator<K, V, C>(input, output, limit, offset, UseId(id)));
        return output;
    }

    /// <summary>
    /// Non-incremental per-key ROW_NUMBER/RANK/DENSE_RANK in the order of <typeparamref name="C"/>, keeping numbers up to
    /// <paramref name="limit"/> (&lt; 0: all); <typeparamref name="F"/> appends the number to the row.
    /// </summary>
    public Stream<KV<K, TOut>> TopKRank<K, V, TOut, C, F>(Stream<KV<K, V>> input, RankKind kind, long limit)
        where K : struct, IRow<K>
        where V : struct, IRow<V>
        where TOut : struct, IRow<TOut>
        where C : IRowComparer<V>
        where F : IRankFunction<V, TOut>
    {
        Check(input);
        TopLevelOnly("a top-k rank");
        var output = NewStream<KV<K, TOut>>("TopKRank");
        Add(new TopKRankOperator<K, V, TOut, C, F>(input, output, kind, limit));
        return output;
    }

    /// <summary>Incremental per-key top-k rank: input and output are delta streams.</summary>
    public Stream<KV<K, TOut>> IncrementalTopKRank<K, V, TOut, C, F>(Stream<KV<K, V>> input, RankKind kind, long limit, string id)
        where K : struct, IRow<K>
        where V : struct, IRow<V>
        where TOut : struct, IRow<TOut>
        where C : IRowComparer<V>
        where F : IRankFunction<V, TOut>
    {
        Check(input);
        TopLevelOnly("a top-k rank");
        var output = NewStream<KV<K, TOut>>("IncrementalTopKRank");
        Add(new IncrementalTopKRankOperator<K, V, TOut, C, F>(input, output, kind, limit, UseId(id)));
        return output;
    }

    /// <summary>I: the running sum of the input.</summary>
    public Stream<T> Integrate<T>(Stream<T> input, string id) where T : struct, IRow<T>
    {
        Check(input);
        TopLevelOnly("Integrate");
        var output = NewStream<T>("Integrate");
        Add(new IntegrateOperator<T>(input, output, UseId(id)));
        return output;
    }

    /// <summary>D: the difference between the current and the previous value of the input.</summary>
    public Stream<T> Differentiate<T>(Stream<T> input, string id) where T : struct, IRow<T>
    {
        Check(input);
        TopLevelOnly("Differentiate");
        var output = NewStream<T>("Differentiate");
        Add(new DifferentiateOperator<T>(input, output, UseId(id)));
        return output;
    }

    /// <summary>z⁻¹: the previous step's value of the input (empty at the first step).</summary>
    public Stream<T> Delay<T>(Stream<T> input, string id) where T : struct, IRow<T>
    {
        Check(input);
        TopLevelOnly("Delay");
        var output = NewStream<T>("Delay");
        Add(new DelayOperator<T>(input, output, UseId(id)));
        return output;
    }

    /// <summary>Publishes <paramref name="input"/> as the named output (a view's delta stream).</summary>
    public OutputHandle<T> Output<T>(string name, Stream<T> input) where T : struct, IRowValues<T>
    {
        Check(input);
        TopLevelOnly("an output");
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (_outputs.ContainsKey(name)) throw new ArgumentException($"duplicate output name '{name}'", nameof(name));
        var handle = new OutputHandle<T>(name, input);
        _outputs.Add(name, handle);
        _publishOutputs.Add(handle.Publish);
        return handle;
    }

    /// <summary>
    /// Starts a recursive scope: operators created until <see cref="EndRecursion"/> form its body. Scopes do not nest.
    /// </summary>
    /// <param name="views">The recursive views the scope computes (for error messages).</param>
    /// <param name="incremental">Incremental (nested, two-dimensional state) or naive recomputation every step.</param>
    /// <param name="maxIterations">Iterations after which a step fails (a recursion that never settles).</param>
    public RecursionScope BeginRecursion(string views, bool incremental, int maxIterations = RecursionScope.DefaultMaxIterations)
    {
        CheckOpen();
        TopLevelOnly("a recursive scope");
        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);
        _scope = new RecursionScope(this, views, incremental, maxIterations);
        _body = new List<Operator>();
        return _scope;
    }

    /// <summary>Ends the scope: adds the operator that evaluates it to its fixed point every step, and its outputs.</summary>
    public void EndRecursion(RecursionScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!ReferenceEquals(scope, _scope)) throw new ArgumentException("the scope is not the open recursive scope", nameof(scope));
        if (scope.Feedbacks.Count == 0) throw new InvalidOperationException("a recursive scope needs at least one feedback stream");
        foreach (var feedback in scope.Feedbacks)
            if (!feedback.IsClosed) throw new InvalidOperationException("every feedback stream must be closed before EndRecursion");
        var body = _body!.ToArray();
        _scope = null;
        _body = null;
        foreach (var feedback in scope.Feedbacks) feedback.CreateExport(this);
        Add(new RecursionOperator(scope, body));
        scope.Ended = true;
    }

    /// <summary>A new stream of the open scope <paramref name="scope"/> (an import or a feedback).</summary>
    internal Stream<T> ScopeStream<T>(RecursionScope scope, string kind) where T : struct, IRow<T>
    {
        if (!ReferenceEquals(scope, _scope)) throw new InvalidOperationException("the recursive scope is not open");
        return NewStream<T>(kind);
    }

    /// <summary>An output stream of the recursion operator about to be added at the top level.</summary>
    internal Stream<T> ExportStream<T>() where T : struct, IRow<T> => NewStream<T>("Recursion");

    /// <summary>Finishes the circuit. The builder cannot be used afterwards.</summary>
    public Circuit Build()
    {
        CheckOpen();
        if (_scope is not null) throw new InvalidOperationException("a recursive scope is still open (call EndRecursion)");
        _built = true;
        return new Circuit(_operators.ToArray(), _takeInputs.ToArray(), _publishOutputs.ToArray(), _inputs, _outputs);
    }

    private Stream<T> NewStream<T>(string kind) where T : struct, IRow<T>
    {
        CheckOpen();
        return new Stream<T>(this, _body?.Count ?? _operators.Count, kind) { Scope = _scope };
    }

    private void Add(Operator op)
    {
        op.View = _view;
        op.Location = _location;
        (_body ?? _operators).Add(op);
    }

    /// <summary>The open incremental scope's clock (the nested form is wanted), or null at the top level.</summary>
    private RecursionClock? NestedClock(string method)
    {
        if (_scope is null) return null;
        if (!_scope.Incremental) throw new InvalidOperationException($"{method} cannot be used in a non-incremental recursive scope");
        return _scope.Clock;
    }

    private void NotIncrementalScope(string method)
    {
        if (_scope is { Incremental: true })
            throw new InvalidOperationException($"{method} works on whole values; an incremental recursive scope needs its incremental form");
    }

    private void TopLevelOnly(string what)
    {
        if (_scope is not null) throw new InvalidOperationException($"{what} cannot be used inside a recursive scope");
    }

    private string UseId(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        if (!_ids.Add(id)) throw new ArgumentException($"duplicate operator id '{id}'", nameof(id));
        return id;
    }

    /// <summary>Validates a stream about to be read by a new operator and counts the reader (a row-wise linear one when <paramref name="raw"/>).</summary>
    private void Check<T>(Stream<T> stream, bool raw = false) where T : struct, IRow<T>
    {
        ArgumentNullException.ThrowIfNull(stream);
        CheckOpen();
        if (!ReferenceEquals(stream.Owner, this)) throw new ArgumentException("the stream belongs to another circuit builder", nameof(stream));
        if (!ReferenceEquals(stream.Scope, _scope))
            throw new ArgumentException(stream.Scope is null
                ? "a stream of the enclosing circuit must be imported into the recursive scope (RecursionScope.Import)"
                : "a stream of a recursive scope cannot be used outside it (use RecursionScope.Output)", nameof(stream));
        stream.Consumers++;
        if (raw) stream.RawConsumers++;
    }

    private void CheckOpen()
    {
        if (_built) throw new InvalidOperationException("the circuit has already been built");
    }
}
