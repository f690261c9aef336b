using System.Collections.Immutable;

namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>A view's output: the stream is published to the view's output handle at the end of each step.</summary>
public sealed record OutputOperator(int Source, string View, ImmutableArray<string> ColumnNames, RowType Row)
    : Operator([Source], StreamType.Flat(Row))
{
    public override string Kind => "output";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this with { Source = inputs[0], Inputs = inputs };
    public override string Describe() => View;
}
