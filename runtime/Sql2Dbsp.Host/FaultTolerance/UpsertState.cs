using Sql2Dbsp.Host.Controller;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Host.FaultTolerance;

/// <summary>
/// The rows that primary-key tables hold for upsert semantics (key → current row, see <see cref="TableWriter"/>),
/// saved in each checkpoint as a caller state (<see cref="Pipeline.Checkpoint"/>), so it is checksummed, published,
/// retained and verified together with the circuit's state, and a damaged one makes the resume fall back to the
/// previous checkpoint like any damaged state. Layout: table count, per table its name, arity, row count and rows
/// (<see cref="RecordCodec"/>).
/// </summary>
/// <remarks>
/// A resume loads the state before the tables' writers exist (they wrap the resumed pipeline's inputs), so loading
/// keeps the rows until <see cref="ApplyTo"/> hands them over.
/// </remarks>
internal sealed class UpsertState(IReadOnlyDictionary<string, TableWriter> tables) : IOperatorState
{
    /// <summary>The state's name in checkpoints.</summary>
    public const string Name = "upserts";

    private List<(string Table, int Arity, List<object?[]> Rows)>? loaded;

    public void Save(ref StateWriter writer)
    {
        var keyed = tables.Values.Where(t => t.Schema.HasPrimaryKey).ToList();
        writer.WriteCount(keyed.Count);
        foreach (var table in keyed)
        {
            writer.WriteString(table.Schema.Identity);
            writer.WriteCount(table.Schema.Arity);
            writer.WriteCount(table.KeyedRows);
            foreach (var row in table.Rows) RecordCodec.WriteRow(ref writer, row);
        }
    }

    public void Load(ref StateReader reader)
    {
        var result = new List<(string, int, List<object?[]>)>();
        int count = reader.ReadCount();
        for (int t = 0; t < count; t++)
        {
            string name = reader.ReadString() ?? "";
            // Not ReadCount: the columns are not stored here, so the arity is not bounded by the bytes left.
            ulong columns = reader.ReadVarUInt64();
            if (columns > 10_000) throw reader.Corrupt($"table '{name}' has {columns} columns");
            int arity = (int)columns;
            int rows = reader.ReadCount(arity);
            var list = new List<object?[]>(rows);
            for (int r = 0; r < rows; r++) list.Add(RecordCodec.ReadRow(ref reader, arity));
            result.Add((name, arity, list));
        }
        loaded = result;
    }

    /// <summary>Gives the loaded rows to the tables' writers (nothing when no checkpoint was loaded).</summary>
    /// <exception cref="CheckpointCorruptException">The state holds a table this program does not have.</exception>
    public void ApplyTo(IReadOnlyDictionary<string, TableWriter> writers)
    {
        if (loaded is null) return;
        foreach (var (name, arity, rows) in loaded)
        {
            if (!writers.TryGetValue(name, out var table) || table.Schema.Arity != arity)
                throw new CheckpointCorruptException($"the upsert state holds table '{name}' with {arity} columns, which this program does not have");
            table.LoadRows(rows);
        }
        loaded = null;
    }
}
