using System.Collections.Immutable;

namespace Sql2Dbsp.Differential.Generation;

/// <summary>A column a generated expression can reference: <c>alias.column</c>.</summary>
internal sealed record ColumnRef(string Alias, Column Column)
{
    public string Sql => Alias + "." + Column.Name;
    public ValueClass Class => Column.Type.Class;
}

/// <summary>The tables in a query's FROM clause, by alias.</summary>
internal sealed record Scope(ImmutableArray<(string Alias, Table Table)> Items)
{
    public IEnumerable<ColumnRef> Columns => Items.SelectMany(i => i.Table.Columns.Select(c => new ColumnRef(i.Alias, c)));

    public List<ColumnRef> ColumnsOf(ValueClass c) => [.. Columns.Where(r => r.Class == c)];
}
