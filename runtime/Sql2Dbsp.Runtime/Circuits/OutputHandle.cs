using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Operators;

namespace Sql2Dbsp.Runtime.Circuits;

/// <summary>The read side of a circuit output: the change (delta) of a view produced by the last completed step.</summary>
/// <typeparam name="T">The row type.</typeparam>
public sealed class OutputHandle<T> : IOutputHandle, IMaterializedOutput where T : struct, IRowValues<T>
{
    private readonly Stream<T> _stream;
    private volatile ZSet<T> _delta = ZSet<T>.Empty;
    private IntegrateState<T>? _contents;

    internal OutputHandle(string name, Stream<T> stream)
    {
        Name = name;
        _stream = stream;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public int Arity => T.Arity;

    /// <inheritdoc/>
    public Type RowType => typeof(T);

    /// <summary>The output of the last completed step (empty before the first step).</summary>
    public ZSet<T> Delta => _delta;

    /// <summary>Step thread: publishes the stream's value of the step that just completed.</summary>
    internal void Publish()
    {
        _delta = _stream.Value;
        _contents?.Integral.Insert(_delta);
    }

    /// <summary>The contents' state when materialized (checkpointed like an operator's).</summary>
    Storage.IOperatorState? IMaterializedOutput.MaterializedState => _contents;

    /// <summary>Step thread: the value that <see cref="Publish"/> would publish.</summary>
    internal ZSet<T> Pending => _stream.Value;

    /// <inheritdoc/>
    public IReadOnlyList<(object?[] Row, long Weight)> ReadDelta() => new UntypedRows(_delta);

    /// <summary>
    /// A Z-set as untyped rows, converted (boxing every value) only when first read: hosts publish every view's change
    /// at every step, and most of them are never looked at.
    /// </summary>
    private sealed class UntypedRows(ZSet<T> delta) : IReadOnlyList<(object?[] Row, long Weight)>
    {
        private (object?[] Row, long Weight)[]? rows;

        public int Count => delta.Count;

        public (object?[] Row, long Weight) this[int index] => Rows[index];

        public IEnumerator<(object?[] Row, long Weight)> GetEnumerator() => ((IEnumerable<(object?[] Row, long Weight)>)Rows).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        private (object?[] Row, long Weight)[] Rows => rows ??= Convert(delta);

        private static (object?[] Row, long Weight)[] Convert(ZSet<T> delta)
        {
            var result = new (object?[] Row, long Weight)[delta.Count];
            var entries = delta.Entries;
            for (int i = 0; i < entries.Length; i++)
            {
                var values = new object?[T.Arity];
                T.ToValues(entries[i].Row, values);
                result[i] = (values, entries[i].Weight);
            }
            return result;
        }
    }

    /// <inheritdoc/>
    public bool IsMaterialized => _contents is not null;

    /// <inheritdoc/>
    public void Materialize() => _contents ??= new IntegrateState<T>();

    /// <inheritdoc/>
    public IReadOnlyList<(object?[] Row, long Weight)> ReadContents()
    {
        var contents = _contents ?? throw new InvalidOperationException($"output '{Name}' is not materialized");
        return new UntypedRows(contents.Integral.ToZSet());
    }

    /// <inheritdoc/>
    public override string ToString() => $"output {Name}";
}
