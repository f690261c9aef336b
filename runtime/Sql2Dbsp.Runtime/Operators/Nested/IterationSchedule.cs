namespace Sql2Dbsp.Runtime.Operators.Nested;

/// <summary>
/// Keys (as trace handles) an operator must revisit at later iterations of the current step: a key changed in this
/// step contributes again wherever its past has entries. Each key is scheduled once per step, when first changed.
/// </summary>
internal sealed class IterationSchedule
{
    private readonly List<List<int>> _byIteration = new();
    private readonly List<int> _iterations = new();
    private int _last = -1;

    /// <summary>Schedules <paramref name="handle"/> at every iteration of <see cref="Iterations"/>, which it then clears.</summary>
    public void AddAtEach(int handle)
    {
        foreach (int iteration in _iterations)
        {
            while (_byIteration.Count <= iteration) _byIteration.Add(new List<int>());
            _byIteration[iteration].Add(handle);
            if (iteration > _last) _last = iteration;
        }
        _iterations.Clear();
    }

    /// <summary>Scratch list the caller fills with the iterations to schedule at (see <see cref="AddAtEach"/>).</summary>
    public List<int> Iterations => _iterations;

    /// <summary>The handles scheduled at <paramref name="iteration"/> (empty when none).</summary>
    public List<int>? At(int iteration) => iteration < _byIteration.Count ? _byIteration[iteration] : null;

    /// <summary>
    /// Adds a change of this step to a distinct's or an aggregate's trace; a key's first change in the step is scheduled
    /// at every later iteration where the key's own past has entries (its value there differs from last step's).
    /// </summary>
    public void Record<K, V>(Traces.TimedTrace<K, V> trace, in K key, int iteration, in V value, long weight)
        where K : struct, Algebra.IRow<K> where V : struct, Algebra.IRow<V>
    {
        int handle = trace.GetOrAdd(key);
        if (!trace.AddCurrent(handle, iteration, value, weight)) return;
        trace.PastIterationsAfter(handle, iteration, _iterations);
        AddAtEach(handle);
    }

    /// <summary>Whether anything is scheduled after <paramref name="iteration"/>.</summary>
    public bool HasWorkAfter(int iteration) => _last > iteration;

    /// <summary>Forgets the step's schedule.</summary>
    public void Clear()
    {
        for (int i = 0; i <= _last && i < _byIteration.Count; i++) _byIteration[i].Clear();
        _last = -1;
    }
}
