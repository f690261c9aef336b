using System.Collections.Immutable;
using System.Text.Json;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Host.FaultTolerance;

/// <summary>What an output endpoint had delivered when a checkpoint was taken.</summary>
/// <param name="Transaction">Every transaction up to this one was written to the endpoint.</param>
/// <param name="Token">The writer's progress token (<see cref="Connectors.Transports.IOutputWriter.CommitAsync"/>), if it keeps one.</param>
internal sealed record OutputProgress(long Transaction, string? Token);

/// <summary>
/// The host's part of a checkpoint, saved as the <c>host.state</c> property of the checkpoint's manifest (next to the
/// circuit's state, so both are published by the same atomic rename): step and transaction numbers, each input
/// endpoint's position (its transport's seek metadata), each output endpoint's progress, the fault-tolerance model and
/// the configuration the pipeline ran with. (The upsert state is a state of the checkpoint: <see cref="UpsertState"/>.)
/// </summary>
/// <param name="Step">Steps completed.</param>
/// <param name="Transaction">Transactions committed.</param>
/// <param name="Model">The fault-tolerance model.</param>
/// <param name="Inputs">Input endpoint → position after the last step (JSON).</param>
/// <param name="Outputs">Output endpoint → what it had delivered.</param>
/// <param name="Config">The pipeline configuration (JSON), for the record.</param>
/// <param name="IngressConsumed">Exactly-once: every <see cref="IngressLog"/> entry up to this one was taken by a step the checkpoint covers.</param>
/// <param name="IngressLogged">Exactly-once: the last ingress log entry on disk when the checkpoint was taken (the log must still reach it).</param>
internal sealed record HostCheckpointState(
    long Step,
    long Transaction,
    FaultToleranceModel Model,
    ImmutableDictionary<string, string> Inputs,
    ImmutableDictionary<string, OutputProgress> Outputs,
    string Config,
    long IngressConsumed = 0,
    long IngressLogged = 0)
{
    /// <summary>The checkpoint property holding the state.</summary>
    public const string Property = "host.state";

    private const int Format = 1;

    /// <summary>The state as JSON.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("format", Format);
            w.WriteNumber("step", Step);
            w.WriteNumber("transaction", Transaction);
            w.WriteString("model", Model.ConfigName());
            w.WriteStartObject("inputs");
            foreach (var (name, position) in Inputs)
            {
                w.WritePropertyName(name);
                w.WriteRawValue(position);
            }
            w.WriteEndObject();
            w.WriteStartObject("outputs");
            foreach (var (name, progress) in Outputs)
            {
                w.WriteStartObject(name);
                w.WriteNumber("transaction", progress.Transaction);
                w.WriteString("token", progress.Token);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteStartObject("ingress");
            w.WriteNumber("consumed_through", IngressConsumed);
            w.WriteNumber("logged_through", IngressLogged);
            w.WriteEndObject();
            w.WritePropertyName("config");
            w.WriteRawValue(Config);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Reads the state of a checkpoint's properties; null when the checkpoint has none (written by the library, not a host).</summary>
    /// <exception cref="CheckpointCorruptException">The state is not valid.</exception>
    public static HostCheckpointState? From(IReadOnlyDictionary<string, string> properties)
    {
        if (!properties.TryGetValue(Property, out string? json)) return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            int format = root.GetProperty("format").GetInt32();
            if (format != Format) throw new CheckpointCorruptException($"the host state of the checkpoint has format {format}; this build reads format {Format}");
            if (!FaultToleranceModels.FromConfigName(root.GetProperty("model").GetString() ?? "", out var model)) model = FaultToleranceModel.None;
            var inputs = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (var p in root.GetProperty("inputs").EnumerateObject()) inputs[p.Name] = p.Value.GetRawText();
            var outputs = ImmutableDictionary.CreateBuilder<string, OutputProgress>(StringComparer.Ordinal);
            foreach (var p in root.GetProperty("outputs").EnumerateObject())
                outputs[p.Name] = new OutputProgress(p.Value.GetProperty("transaction").GetInt64(), p.Value.GetProperty("token").GetString());
            long consumed = 0, logged = 0;
            if (root.TryGetProperty("ingress", out var ingress))
                (consumed, logged) = (ingress.GetProperty("consumed_through").GetInt64(), ingress.GetProperty("logged_through").GetInt64());
            return new HostCheckpointState(root.GetProperty("step").GetInt64(), root.GetProperty("transaction").GetInt64(), model,
                inputs.ToImmutable(), outputs.ToImmutable(), root.GetProperty("config").GetRawText(), consumed, logged);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new CheckpointCorruptException($"the host state of the checkpoint cannot be read: {e.Message}");
        }
    }
}
