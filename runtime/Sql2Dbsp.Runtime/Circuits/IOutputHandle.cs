namespace Sql2Dbsp.Runtime.Circuits;

/// <summary>Untyped access to a circuit output (a view's change stream), for hosts and connectors.</summary>
public interface IOutputHandle
{
    /// <summary>The output's (view's) name.</summary>
    string Name { get; }

    /// <summary>Number of columns of a row.</summary>
    int Arity { get; }

    /// <summary>The CLR row type.</summary>
    Type RowType { get; }

    /// <summary>The changes produced by the last completed step, as untyped rows with weights, in row order.</summary>
    IReadOnlyList<(object?[] Row, long Weight)> ReadDelta();

    /// <summary>Whether the output keeps its whole contents (see <see cref="Materialize"/>).</summary>
    bool IsMaterialized { get; }

    /// <summary>
    /// From now on keep the output's contents (the integral of its changes), readable with <see cref="ReadContents"/>
    /// and saved in checkpoints. Call before the first step.
    /// </summary>
    void Materialize();

    /// <summary>The whole contents as untyped rows with their multiplicities, in row order.</summary>
    /// <exception cref="InvalidOperationException">The output is not materialized.</exception>
    IReadOnlyList<(object?[] Row, long Weight)> ReadContents();
}
