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
}
