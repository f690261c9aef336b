using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Text;

namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>Where an operator came from: the view it computes and the SQL span it implements (for runtime errors and explain).</summary>
public sealed record OperatorOrigin(string View, SourceSpan Span)
{
    public static readonly OperatorOrigin None = new("", SourceSpan.None);
}

/// <summary>
/// A DBSP operator: an immutable node reading the streams of <see cref="Inputs"/> (operator ids) and producing one
/// stream of type <see cref="Output"/>. A circuit lists operators in topological order. Algebraic properties are
/// marker interfaces (<see cref="ILinear"/>, <see cref="IStateful"/>, ...), so passes test properties, not kinds.
/// </summary>
public abstract record Operator(ImmutableArray<int> Inputs, StreamType Output)
{
    /// <summary>Unique within a circuit; assigned by <see cref="DbspCircuitBuilder"/>.</summary>
    public int Id { get; init; }

    public OperatorOrigin Origin { get; init; } = OperatorOrigin.None;

    /// <summary>Stable identity of a stateful operator's state (a hash of its definition and inputs); set by a pass.</summary>
    public string? PersistentId { get; init; }

    /// <summary>Short name for explain output, e.g. "map".</summary>
    public abstract string Kind { get; }

    /// <summary>One-line description of the operator's parameters for explain output.</summary>
    public virtual string Describe() => "";

    /// <summary>
    /// All of the operator's parameters as text, for <see cref="CanonicalText"/>. Defaults to <see cref="Describe"/>,
    /// which must then leave nothing out; operators whose explain line abbreviates override this.
    /// </summary>
    public virtual string Parameters() => Describe();

    public int Input => Inputs[0];

    /// <summary>
    /// The same operator reading <paramref name="inputs"/> (in the order of <see cref="Inputs"/>) instead: passes
    /// rebuild circuits through this, so adding an operator needs no change to them.
    /// </summary>
    public abstract Operator WithInputs(ImmutableArray<int> inputs);

    /// <summary>
    /// The operator's definition as text: kind, parameters (expressions printed with their types), inputs and output
    /// type. Equal texts mean equal operators; the persistent id is a hash of it and of its inputs' ids.
    /// </summary>
    public string CanonicalText() =>
        $"{Kind}({string.Join(",", Inputs)}) {Parameters()} : {Output}";
}

/// <summary>Commutes with integration: the operator is its own incremental version (map, filter, sum, ...).</summary>
public interface ILinear;

/// <summary>Holds state across steps (must have a persistent id).</summary>
public interface IStateful;

/// <summary>Computes from the current value of its inputs only; the form used by the non-incremental circuit.</summary>
public interface INonIncremental;

/// <summary>The incremental version of a non-linear operator: consumes and produces changes.</summary>
public interface IIncremental;

/// <summary>Has no inputs: a table or a constant.</summary>
public interface ISource;
