using Sql2Dbsp.Compiler.Emit;
using Sql2Dbsp.Compiler.Logical;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Build;

internal static partial class TypedApiWriter
{
    private const string Circuits = "global::Sql2Dbsp.Runtime.Circuits.";
    private const string Storage = "global::Sql2Dbsp.Runtime.Storage.";
    private const string Algebra = "global::Sql2Dbsp.Runtime.Algebra.";
    private const string Sql = "global::Sql2Dbsp.Runtime.Sql.";

    private static void WriteProgramClass(CodeWriter w, string className, string displayPath, string generatedNamespace,
        string checkpointIdentity, List<Relation> tables, List<Relation> views, bool hasClock)
    {
        string g = "global::" + generatedNamespace + ".";
        w.Line($"/// <summary>");
        w.Line($"/// The SQL program {CSharpText.Xml(displayPath)}, compiled at build time into an incremental circuit. Push changes into");
        w.Line($"/// the tables' input handles, call <see cref=\"Step\"/>, read each view's changes from its output handle.");
        w.Line($"/// </summary>");
        w.Line(GeneratedCode);
        using (w.Block($"public sealed partial class {className}"))
        {
            w.Line("/// <summary>The identity of this program's circuit in checkpoints (a hash of its generated code).</summary>");
            w.Line($"public const string CheckpointIdentity = {CSharpText.String(checkpointIdentity)};");
            w.Line();
            w.Line($"private readonly {Circuits}Circuit circuit;");
            if (hasClock)
            {
                w.Line($"private readonly {Circuits}IInputHandle clock;");
                w.Line("private global::System.DateTime? now;");
            }
            w.Line();
            w.Line("/// <summary>A fresh program: empty tables, no step run yet.</summary>");
            w.Line($"public {className}() : this(Build(), null) {{ }}");
            w.Line();
            using (w.Block($"private {className}({Circuits}Circuit circuit, {Storage}RestoredCheckpoint? resumedFrom)"))
            {
                w.Line("this.circuit = circuit;");
                w.Line("ResumedFrom = resumedFrom;");
                foreach (var t in tables) w.Line($"{t.Member} = new {t.HandleClass}(circuit.Inputs[{CSharpText.String(t.Key)}]);");
                foreach (var v in views) w.Line($"{v.Member} = new {v.HandleClass}(circuit.Outputs[{CSharpText.String(v.Key)}]);");
                if (hasClock)
                {
                    w.Line($"clock = circuit.Inputs[{CSharpText.String(ClockInput.Name)}];");
                    w.Line("if (resumedFrom is not null && resumedFrom.Checkpoint.Properties.TryGetValue(\"clock_now_ticks\", out var ticks))");
                    w.Line("    now = new global::System.DateTime(long.Parse(ticks, global::System.Globalization.CultureInfo.InvariantCulture), global::System.DateTimeKind.Utc);");
                }
            }
            w.Line();
            foreach (var t in tables)
            {
                w.Line($"/// <summary>Table <c>{CSharpText.Xml(t.Key)}</c>: push its changes here; they apply at the next <see cref=\"Step\"/>.</summary>");
                w.Line($"public {t.HandleClass} {t.Member} {{ get; }}");
                w.Line();
            }
            foreach (var v in views)
            {
                w.Line($"/// <summary>View <c>{CSharpText.Xml(v.Key)}</c>: its changes in the last step{(v.Materialized ? " and its contents" : "")}.</summary>");
                w.Line($"public {v.HandleClass} {v.Member} {{ get; }}");
                w.Line();
            }
            WriteLifecycle(w, className, g, views, hasClock);
            foreach (var t in tables) WriteInputHandle(w, t, g);
            foreach (var v in views) WriteOutputHandle(w, v, g);
        }
    }

    private static void WriteLifecycle(CodeWriter w, string className, string g, List<Relation> views, bool hasClock)
    {
        w.Line("/// <summary>Number of completed steps.</summary>");
        w.Line("public long StepCount => circuit.StepCount;");
        w.Line();
        w.Line("/// <summary>True after a step failed (division by zero, overflow, ...); the program then refuses further steps.</summary>");
        w.Line("public bool IsFailed => circuit.IsFailed;");
        w.Line();
        w.Line("/// <summary>The error that failed the program, naming the view, the SQL location and the values.</summary>");
        w.Line($"public {Circuits}StepFailedException? Failure => circuit.Failure;");
        w.Line();
        w.Line("/// <summary>The checkpoint this program was resumed from (null for a fresh one).</summary>");
        w.Line($"public {Storage}RestoredCheckpoint? ResumedFrom {{ get; }}");
        w.Line();
        w.Line("/// <summary>The untyped circuit, for tools that work on any program (inputs and outputs by name, object[] rows).</summary>");
        w.Line($"public {Circuits}Circuit Circuit => circuit;");
        w.Line();
        if (hasClock)
        {
            w.Line("/// <summary>The time source of NOW() and temporal filters (UTC), read at the start of every step.</summary>");
            w.Line("public global::System.Func<global::System.DateTime> Clock { get; set; } = () => global::System.DateTime.UtcNow;");
            w.Line();
            w.Line("/// <summary>The clock is rounded down to a multiple of this (default 1 s).</summary>");
            w.Line("public global::System.TimeSpan ClockResolution { get; set; } = global::System.TimeSpan.FromSeconds(1);");
            w.Line();
            w.Line("/// <summary>The time the last step used for NOW().</summary>");
            w.Line("public global::System.DateTime? Now => now;");
            w.Line();
        }
        w.Line("/// <summary>Processes every change pushed since the last step and updates every view's changes.</summary>");
        using (w.Block("public void Step()"))
        {
            if (hasClock) w.Line("AdvanceClock();");
            w.Line("circuit.Step();");
        }
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// Writes a checkpoint of the state after the last step into <paramref name=\"storageDirectory\"/> (created if");
        w.Line("/// needed); <see cref=\"Resume\"/> continues from it.");
        w.Line("/// </summary>");
        using (w.Block($"public {Storage}CheckpointInfo Checkpoint(string storageDirectory)"))
        {
            w.Line("var properties = new global::System.Collections.Generic.Dictionary<string, string>(global::System.StringComparer.Ordinal) { [\"circuit\"] = \"incremental\" };");
            if (hasClock) w.Line("if (now is { } time) properties[\"clock_now_ticks\"] = time.Ticks.ToString(global::System.Globalization.CultureInfo.InvariantCulture);");
            w.Line($"return new {Storage}CheckpointStore(storageDirectory).Write(circuit, CheckpointIdentity, properties);");
        }
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// A program that continues from the latest intact checkpoint in <paramref name=\"storageDirectory\"/>: its next");
        w.Line("/// step produces the changes the checkpointed program's next step would have.");
        w.Line("/// </summary>");
        w.Line($"/// <exception cref=\"{Storage.Replace("global::", "")}CheckpointException\">No intact checkpoint of this program there.</exception>");
        using (w.Block($"public static {className} Resume(string storageDirectory)"))
        {
            w.Line($"var (circuit, restored) = new {Storage}CheckpointStore(storageDirectory).Restore(Build, CheckpointIdentity);");
            w.Line($"return new {className}(circuit, restored);");
        }
        w.Line();
        w.Line("/// <summary>Whether <paramref name=\"storageDirectory\"/> holds a checkpoint to resume from.</summary>");
        w.Line($"public static bool HasCheckpoint(string storageDirectory) => new {Storage}CheckpointStore(storageDirectory).HasCheckpoint;");
        w.Line();
        using (w.Block($"private static {Circuits}Circuit Build()"))
        {
            w.Line($"var circuit = new {g}CompiledProgram().BuildIncremental();");
            foreach (var v in views)
                if (v.Materialized) w.Line($"circuit.Outputs[{CSharpText.String(v.Key)}].Materialize();");
            w.Line("return circuit;");
        }
        w.Line();
        if (!hasClock) return;
        w.Line("/// <summary>Replaces the clock input's one row when the (rounded, monotonic) time changed.</summary>");
        using (w.Block("private void AdvanceClock()"))
        {
            w.Line("var time = Clock();");
            w.Line("long ticks = ClockResolution > global::System.TimeSpan.Zero ? time.Ticks - time.Ticks % ClockResolution.Ticks : time.Ticks;");
            w.Line("var rounded = new global::System.DateTime(ticks, global::System.DateTimeKind.Utc);");
            w.Line("if (now is { } previous && rounded <= previous) return;");
            w.Line("if (now is { } old) clock.Push([old], -1);");
            w.Line("clock.Push([rounded], 1);");
            w.Line("now = rounded;");
        }
        w.Line();
    }

    private static void WriteInputHandle(CodeWriter w, Relation t, string g)
    {
        string row = t.QualifiedRowType, circuitRow = g + t.CircuitRow;
        w.Line($"/// <summary>The input handle of table <c>{CSharpText.Xml(t.Key)}</c>. Thread-safe; changes apply at the next step.</summary>");
        w.Line(GeneratedCode);
        using (w.Block($"public sealed class {t.HandleClass}"))
        {
            w.Line($"private readonly {Circuits}InputHandle<{circuitRow}> handle;");
            w.Line();
            w.Line($"internal {t.HandleClass}({Circuits}IInputHandle handle) => this.handle = ({Circuits}InputHandle<{circuitRow}>)handle;");
            w.Line();
            w.Line("/// <summary>Inserts one row.</summary>");
            w.Line($"public void Insert(in {row} row) => handle.Push(ToCircuit(row), 1);");
            w.Line();
            w.Line("/// <summary>Deletes one occurrence of a row.</summary>");
            w.Line($"public void Delete(in {row} row) => handle.Push(ToCircuit(row), -1);");
            w.Line();
            w.Line("/// <summary>Replaces one occurrence of <paramref name=\"oldRow\"/> by <paramref name=\"newRow\"/>.</summary>");
            using (w.Block($"public void Update(in {row} oldRow, in {row} newRow)"))
            {
                w.Line("handle.Push(ToCircuit(oldRow), -1);");
                w.Line("handle.Push(ToCircuit(newRow), 1);");
            }
            w.Line();
            w.Line("/// <summary>Adds <paramref name=\"weight\"/> copies of a row (negative to delete).</summary>");
            w.Line($"public void Push(in {row} row, long weight) => handle.Push(ToCircuit(row), weight);");
            w.Line();
            w.Line("/// <summary>Inserts a batch of rows (one lock per batch of up to 4096 rows).</summary>");
            w.Line($"public void Insert(global::System.ReadOnlySpan<{row}> rows) => Push(rows, 1);");
            w.Line();
            w.Line("/// <summary>Deletes a batch of rows.</summary>");
            w.Line($"public void Delete(global::System.ReadOnlySpan<{row}> rows) => Push(rows, -1);");
            w.Line();
            w.Line("/// <summary>Adds <paramref name=\"weight\"/> copies of each row.</summary>");
            using (w.Block($"public void Push(global::System.ReadOnlySpan<{row}> rows, long weight)"))
            {
                w.Line("if (weight == 0 || rows.IsEmpty) return;");
                w.Line($"var pool = global::System.Buffers.ArrayPool<{Algebra}ZEntry<{circuitRow}>>.Shared;");
                w.Line("var buffer = pool.Rent(global::System.Math.Min(rows.Length, 4096));");
                using (w.Block("try"))
                {
                    using (w.Block("for (int start = 0; start < rows.Length; start += buffer.Length)"))
                    {
                        w.Line("int n = global::System.Math.Min(buffer.Length, rows.Length - start);");
                        using (w.Block("for (int i = 0; i < n; i++)"))
                        {
                            w.Line("buffer[i].Row = ToCircuit(rows[start + i]);");
                            w.Line("buffer[i].Weight = weight;");
                        }
                        w.Line("handle.PushRange(new global::System.ReadOnlySpan<" + Algebra + "ZEntry<" + circuitRow + ">>(buffer, 0, n));");
                    }
                }
                using (w.Block("finally"))
                    w.Line($"pool.Return(buffer, global::System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<{circuitRow}>());");
            }
            w.Line();
            w.Line("/// <summary>Changes pushed and not yet taken by a step.</summary>");
            w.Line("public int PendingCount => handle.PendingCount;");
            w.Line();
            w.Line($"private static {circuitRow} ToCircuit(in {row} row) => new()");
            using (w.Block(closing: ";"))
                for (int i = 0; i < t.Columns.Length; i++) w.Line($"F{i} = {ToCircuitValue(t.Columns[i].Type, "row." + t.Columns[i].Member)},");
        }
        w.Line();
    }

    /// <summary>A typed value as the circuit keeps it, checked as the untyped API checks it (strings are not boxed by these calls).</summary>
    private static string ToCircuitValue(SqlType type, string value)
    {
        string nullable = CSharpText.IsNullable(type) ? "Nullable" : "";
        return type.Kind switch
        {
            SqlTypeKind.Decimal => $"{Sql}SqlCast.ToDecimal({value}, {CSharpText.Int(type.Precision)}, {CSharpText.Int(type.Scale)})",
            SqlTypeKind.Varchar or SqlTypeKind.Char => $"{Sql}SqlConvert.To{nullable}{CSharpText.ConversionName(type.Kind)}({value}, {CSharpText.Int(type.Precision)})",
            _ => value,
        };
    }

    private static void WriteOutputHandle(CodeWriter w, Relation v, string g)
    {
        string row = v.QualifiedRowType, circuitRow = g + v.CircuitRow;
        string entry = $"({row} Row, long Weight)";
        w.Line($"/// <summary>The output handle of view <c>{CSharpText.Xml(v.Key)}</c>.</summary>");
        w.Line(GeneratedCode);
        using (w.Block($"public sealed class {v.HandleClass}"))
        {
            w.Line($"private readonly {Circuits}OutputHandle<{circuitRow}> handle;");
            w.Line();
            w.Line($"internal {v.HandleClass}({Circuits}IOutputHandle handle) => this.handle = ({Circuits}OutputHandle<{circuitRow}>)handle;");
            w.Line();
            w.Line("/// <summary>The rows that changed in the last step with their weights (+n inserted, -n deleted).</summary>");
            w.Line("public ChangeSet Changes => new(handle.Delta);");
            w.Line();
            if (v.Materialized)
            {
                w.Line("/// <summary>The whole view after the last step (rows repeated by multiplicity, in no particular order).</summary>");
                using (w.Block($"public global::System.Collections.Generic.List<{row}> Contents"))
                using (w.Block("get"))
                {
                    w.Line($"var rows = new global::System.Collections.Generic.List<{row}>();");
                    using (w.Block("foreach (var (values, weight) in handle.ReadContents())"))
                    {
                        w.Line($"var converted = FromCircuit({circuitRow}.FromValues(values));");
                        w.Line("for (long i = 0; i < weight; i++) rows.Add(converted);");
                    }
                    w.Line("return rows;");
                }
                w.Line();
            }
            w.Line("/// <summary>The changes of one step: typed rows with weights, read without copying the step's output.</summary>");
            using (w.Block("public readonly struct ChangeSet"))
            {
                w.Line($"private readonly {Algebra}ZSet<{circuitRow}> set;");
                w.Line();
                w.Line($"internal ChangeSet({Algebra}ZSet<{circuitRow}> set) => this.set = set;");
                w.Line();
                w.Line("/// <summary>Number of distinct changed rows.</summary>");
                w.Line("public int Count => set.Count;");
                w.Line();
                w.Line("/// <summary>The change at <paramref name=\"index\"/>.</summary>");
                w.Line($"public {entry} this[int index] => (FromCircuit(set[index].Row), set[index].Weight);");
                w.Line();
                w.Line("/// <summary>Enumerates the changes.</summary>");
                w.Line("public Enumerator GetEnumerator() => new(set);");
                w.Line();
                w.Line("/// <summary>Enumerates the changes of one step.</summary>");
                using (w.Block("public struct Enumerator"))
                {
                    w.Line($"private readonly {Algebra}ZSet<{circuitRow}> set;");
                    w.Line("private int index;");
                    w.Line();
                    using (w.Block($"internal Enumerator({Algebra}ZSet<{circuitRow}> set)"))
                    {
                        w.Line("this.set = set;");
                        w.Line("index = -1;");
                    }
                    w.Line();
                    w.Line("/// <summary>Moves to the next change.</summary>");
                    w.Line("public bool MoveNext() => ++index < set.Count;");
                    w.Line();
                    w.Line("/// <summary>The current change.</summary>");
                    w.Line($"public readonly {entry} Current => (FromCircuit(set[index].Row), set[index].Weight);");
                }
            }
            w.Line();
            w.Line($"private static {row} FromCircuit(in {circuitRow} row) => new(");
            using (w.Indented())
                for (int i = 0; i < v.Columns.Length; i++)
                    w.Line(FromCircuitValue(v.Columns[i].Type, $"row.F{i}") + (i == v.Columns.Length - 1 ? ");" : ","));
        }
        w.Line();
    }

    /// <summary>A circuit value as the view shows it: CHAR(n) values are kept without trailing blanks and padded here.</summary>
    private static string FromCircuitValue(SqlType type, string field) =>
        type.Kind == SqlTypeKind.Char && type.Precision > 0
            ? $"{Sql}SqlString.PadChar({field}, {CSharpText.Int(type.Precision)}){(CSharpText.IsNullable(type) ? "" : "!")}"
            : field;
}
