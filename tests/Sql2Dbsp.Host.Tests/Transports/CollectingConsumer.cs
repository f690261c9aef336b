using Sql2Dbsp.Connectors;
using Sql2Dbsp.Connectors.Formats;
using Sql2Dbsp.Connectors.Transports;

namespace Sql2Dbsp.Host.Tests.Transports;

/// <summary>An input consumer that keeps everything a reader hands it, for testing transports on their own.</summary>
internal sealed class CollectingConsumer(RelationSchema schema, FormatConfig? format = null, int batchSize = 100) : IInputConsumer
{
    public string EndpointName => "test.endpoint";

    public RelationSchema Schema => schema;

    public List<object?[]> Rows { get; } = [];

    public List<InputPosition> Positions { get; } = [];

    /// <summary>The number of rows of each queued batch (parallel to <see cref="Positions"/>).</summary>
    public List<int> BatchSizes { get; } = [];

    public List<string> Errors { get; } = [];

    public bool Ended { get; private set; }

    public IInputParser CreateParser() => format!.CreateParser(schema);

    public ChangeBuffer CreateBuffer() => new(schema.Arity, batchSize);

    public ValueTask WaitForCapacityAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public void Queue(ChangeBuffer changes, long bytes, InputPosition position, IReadOnlyList<ParseError>? errors)
    {
        lock (Rows)
        {
            for (int i = 0; i < changes.Count; i++) Rows.Add(changes.Row(i).ToArray());
            Positions.Add(position);
            BatchSizes.Add(changes.Count);
            if (errors is not null) Errors.AddRange(errors.Select(e => e.ToString()));
        }
    }

    public void TransportError(string message, bool fatal) => Errors.Add((fatal ? "fatal: " : "") + message);

    public void EndOfInput() => Ended = true;
}
