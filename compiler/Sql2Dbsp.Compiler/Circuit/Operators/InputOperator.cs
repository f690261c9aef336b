using System.Collections.Immutable;

namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>A table: the stream of changes pushed into its input handle.</summary>
public sealed record InputOperator(string Table, ImmutableArray<string> ColumnNames, RowType Row)
    : Operator(ImmutableArray<int>.Empty, StreamType.Flat(Row)), ISource
{
    /// <summary>The table declares a LATENESS column: a <see cref="LatenessOperator"/> reads it, and the reference circuit integrates after that.</summary>
    public bool HasLateness { get; init; }

    public override string Kind => "input";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this;
    public override string Describe() => Table;
}
