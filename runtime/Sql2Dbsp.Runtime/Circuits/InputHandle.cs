using System.Runtime.CompilerServices;
using Sql2Dbsp.Runtime.Algebra;

namespace Sql2Dbsp.Runtime.Circuits;

/// <summary>
/// The write side of a circuit input. Changes pushed here are buffered; the next <see cref="Circuit.Step"/> takes
/// all of them at once, consolidates them and feeds them to <see cref="Stream"/>. Pushing is thread-safe with
/// respect to the stepping thread (a short lock per call; use <see cref="PushRange(ReadOnlySpan{ZEntry{T}})"/> for bulk).
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
public sealed class InputHandle<T> : IInputHandle where T : struct, IRowValues<T>
{
    private readonly object _lock = new();
    private ZEntry<T>[] _pending = new ZEntry<T>[16];
    private int _pendingCount;
    private ZEntry<T>[]? _spare;
    private ZEntry<T>[]? _taken;
    private int _takenCount;
    private ZEntry<T>[]? _lent;
    private int _lentCount;

    internal InputHandle(string name, Stream<T> stream)
    {
        Name = name;
        Stream = stream;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public int Arity => T.Arity;

    /// <inheritdoc/>
    public Type RowType => typeof(T);

    /// <summary>The delta stream of the input: each step, the consolidated changes pushed since the previous step.</summary>
    public Stream<T> Stream { get; }

    /// <summary>Reads the lateness operator's count of dropped changes, when the table has one.</summary>
    internal Func<long>? LateCounter { get; set; }

    /// <inheritdoc/>
    public long LateRecords => LateCounter?.Invoke() ?? 0;

    /// <inheritdoc/>
    public int PendingCount
    {
        get
        {
            lock (_lock) return _pendingCount;
        }
    }

    /// <summary>Buffers <paramref name="weight"/> copies of <paramref name="row"/> (negative = deletion; 0 is ignored).</summary>
    public void Push(in T row, long weight)
    {
        if (weight == 0) return;
        lock (_lock)
        {
            if (_pendingCount == _pending.Length) Grow(_pendingCount + 1);
            ref ZEntry<T> e = ref _pending[_pendingCount++];
            e.Row = row;
            e.Weight = weight;
        }
    }

    /// <summary>Buffers one insertion of <paramref name="row"/>.</summary>
    public void Insert(in T row) => Push(row, 1);

    /// <summary>Buffers one deletion of <paramref name="row"/>.</summary>
    public void Delete(in T row) => Push(row, -1);

    /// <summary>Buffers many changes under one lock.</summary>
    public void PushRange(ReadOnlySpan<ZEntry<T>> changes)
    {
        lock (_lock)
        {
            if (_pendingCount + changes.Length > _pending.Length) Grow(_pendingCount + changes.Length);
            changes.CopyTo(_pending.AsSpan(_pendingCount));
            _pendingCount += changes.Length;
        }
    }

    /// <summary>Buffers all the changes of a Z-set.</summary>
    public void Push(ZSet<T> changes) => PushRange(changes.Entries);

    /// <inheritdoc/>
    public void Push(ReadOnlySpan<object?> values, long weight)
    {
        if (values.Length != T.Arity)
        {
            throw new ArgumentException($"input '{Name}' expects {T.Arity} values, got {values.Length}", nameof(values));
        }
        Push(T.FromValues(values), weight);
    }

    /// <summary>Buffers one insertion of the row built from <paramref name="values"/>.</summary>
    public void Insert(ReadOnlySpan<object?> values) => Push(values, 1);

    /// <summary>Buffers one deletion of the row built from <paramref name="values"/>.</summary>
    public void Delete(ReadOnlySpan<object?> values) => Push(values, -1);

    private void Grow(int min)
    {
        int size = Math.Max(min, (int)Math.Min(_pending.Length * 2L, Array.MaxLength));
        Array.Resize(ref _pending, size);
    }

    /// <summary>Step thread: atomically takes the pending changes (cheap buffer swap).</summary>
    internal void Take()
    {
        lock (_lock)
        {
            _taken = _pending;
            _takenCount = _pendingCount;
            _pending = _spare ?? new ZEntry<T>[16];
            _spare = null;
            _pendingCount = 0;
        }
    }

    /// <summary>
    /// Step thread: sets the stream's value to the taken changes, unconsolidated when every reader accepts that (the
    /// buffer is then lent to the readers until the next step), else consolidated.
    /// </summary>
    internal void EmitTaken()
    {
        if (_lent is { } lent)
        {
            Recycle(lent, _lentCount);
            _lent = null;
        }
        if (Stream.AcceptsRaw && _taken is { } taken)
        {
            _lent = taken;
            _lentCount = _takenCount;
            _taken = null;
            _takenCount = 0;
            Stream.SetRaw(_lent, _lentCount);
            return;
        }
        Stream.SetValue(BuildTaken());
    }

    private void Recycle(ZEntry<T>[] buffer, int count)
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) Array.Clear(buffer, 0, count);
        lock (_lock) _spare = buffer;
    }

    /// <summary>Step thread: consolidates the taken changes and recycles the buffer.</summary>
    private ZSet<T> BuildTaken()
    {
        var buffer = _taken;
        if (buffer is null) return ZSet<T>.Empty;
        int count = _takenCount;
        _taken = null;
        _takenCount = 0;
        try
        {
            if (count == 0) return ZSet<T>.Empty;
            int n = ZSetBuilder<T>.Consolidate(buffer.AsSpan(0, count));
            return ZSet<T>.CopyConsolidated(new ReadOnlySpan<ZEntry<T>>(buffer, 0, n));
        }
        finally
        {
            Recycle(buffer, count);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"input {Name}";
}
