namespace Sql2Dbsp.Runtime.Operators.Nested;

/// <summary>Which trace handles were already visited in one evaluation, without clearing anything between evaluations.</summary>
internal sealed class VisitMarks
{
    private int[] _marks = new int[64];
    private int _stamp;

    /// <summary>Starts a new evaluation: nothing is marked.</summary>
    public void Next()
    {
        if (++_stamp != int.MaxValue) return;
        Array.Clear(_marks);
        _stamp = 1;
    }

    public void Mark(int handle)
    {
        if (handle >= _marks.Length) Array.Resize(ref _marks, Math.Max(handle + 1, _marks.Length * 2));
        _marks[handle] = _stamp;
    }

    /// <summary>False for −1 (a key without a trace entry).</summary>
    public bool IsMarked(int handle) => handle >= 0 && handle < _marks.Length && _marks[handle] == _stamp;
}
