using System.Collections.Immutable;
using System.Text;

namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>An immutable circuit: operators in topological order (every input precedes its consumers).</summary>
public sealed class DbspCircuit
{
    private readonly Dictionary<int, Operator> byId;

    public DbspCircuit(ImmutableArray<Operator> operators)
    {
        Operators = operators;
        byId = new Dictionary<int, Operator>(operators.Length);
        foreach (var op in operators) byId.Add(op.Id, op);
    }

    public ImmutableArray<Operator> Operators { get; }

    public Operator this[int id] => byId[id];

    public bool Contains(int id) => byId.ContainsKey(id);

    public IEnumerable<T> OfType<T>() => Operators.OfType<T>();

    /// <summary>Number of consumers of each operator's output.</summary>
    public Dictionary<int, int> FanOut()
    {
        var counts = new Dictionary<int, int>();
        foreach (var op in Operators)
            foreach (var i in op.Inputs)
                counts[i] = counts.GetValueOrDefault(i) + 1;
        return counts;
    }

    /// <summary>Checks the structural invariants every pass must preserve; throws an internal error naming the pass.</summary>
    public void Validate(string after)
    {
        var seen = new HashSet<int>();
        foreach (var op in Operators)
        {
            foreach (var input in op.Inputs)
                if (!seen.Contains(input))
                    throw new Diagnostics.InternalCompilerError($"after {after}: operator {op.Id} ({op.Kind}) reads {input}, which is not defined before it");
            if (!seen.Add(op.Id))
                throw new Diagnostics.InternalCompilerError($"after {after}: duplicate operator id {op.Id}");
            if (op is RecursiveOperator r)
            {
                r.Body.Validate($"{after} (body of {r.Describe()})");
                foreach (int id in r.Feedbacks.Concat(r.Results))
                    if (!r.Body.Contains(id))
                        throw new Diagnostics.InternalCompilerError($"after {after}: recursive operator {op.Id} names body stream {id}, which does not exist");
            }
        }
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        Print(sb, "");
        return sb.ToString();
    }

    private void Print(StringBuilder sb, string indent)
    {
        foreach (var op in Operators)
        {
            sb.Append(indent).Append('s').Append(op.Id).Append(" = ").Append(op.Kind);
            if (op.Inputs.Length > 0) sb.Append('(').Append(string.Join(", ", op.Inputs.Select(i => "s" + i))).Append(')');
            string d = op.Describe();
            if (d.Length > 0) sb.Append(' ').Append(d);
            sb.Append(" : ").Append(op.Output);
            if (op.PersistentId is not null) sb.Append(" #").Append(op.PersistentId);
            sb.Append('\n');
            if (op is RecursiveOperator r)
            {
                r.Body.Print(sb, indent + "    ");
                sb.Append(indent).Append("    results: ").Append(string.Join(", ", r.Results.Select((id, i) => $"{r.Views[i]} = s{id}"))).Append('\n');
            }
        }
    }
}

/// <summary>Builds a circuit in topological order, assigning ids and reusing identical operators (hash-consing).</summary>
public sealed class DbspCircuitBuilder
{
    private readonly List<Operator> operators = [];
    private readonly Dictionary<Operator, int> existing = new(new DefinitionComparer());
    private int nextId;

    public OperatorOrigin Origin { get; set; } = OperatorOrigin.None;

    /// <summary>Adds an operator (or returns the id of an identical one already present) and returns its id.</summary>
    public int Add(Operator op)
    {
        if (op is not OutputOperator && existing.TryGetValue(op, out int id)) return id;
        var placed = op with { Id = nextId++, Origin = op.Origin == OperatorOrigin.None ? Origin : op.Origin };
        operators.Add(placed);
        if (placed is not OutputOperator) existing[op] = placed.Id;
        return placed.Id;
    }

    public Operator this[int id] => operators.First(o => o.Id == id);

    public DbspCircuit Build() => new([.. operators]);

    /// <summary>Compares operators by their canonical definition, ignoring id, origin and persistent id.</summary>
    private sealed class DefinitionComparer : IEqualityComparer<Operator>
    {
        public bool Equals(Operator? x, Operator? y) => x is not null && y is not null && x.CanonicalText() == y.CanonicalText();
        public int GetHashCode(Operator op) => op.CanonicalText().GetHashCode(StringComparison.Ordinal);
    }
}
