using Sql2Dbsp.Compiler.Text;
using Sql2Dbsp.Connectors.Formats;
using Sql2Dbsp.Connectors.Transports;

namespace Sql2Dbsp.Connectors.Config;

/// <summary>
/// One connector (Feldera's <c>ConnectorConfig</c>): a transport, a format (unless the transport produces or discards
/// records itself), and the flow-control settings of its endpoint.
/// </summary>
/// <param name="Name">The connector's name; the endpoint is called <c>relation.name</c>.</param>
/// <param name="Transport">Where the data comes from or goes to.</param>
/// <param name="Format">How bytes map to rows (null for datagen and null_output).</param>
/// <param name="Paused">Input only: start with the endpoint paused (resume with <c>/input_endpoints/{name}/start</c>).</param>
/// <param name="MaxBatchSize">Input only: at most this many records of this endpoint go into one step.</param>
/// <param name="MaxQueuedRecords">Records buffered before the endpoint stops reading (input) or before the pipeline
/// stops stepping (output).</param>
public sealed record ConnectorConfig(
    string Name,
    TransportConfig Transport,
    FormatConfig? Format,
    bool Paused = false,
    int MaxBatchSize = ConnectorConfig.DefaultMaxBatchSize,
    long MaxQueuedRecords = ConnectorConfig.DefaultMaxQueuedRecords)
{
    /// <summary>Feldera's default <c>max_batch_size</c>.</summary>
    public const int DefaultMaxBatchSize = 10_000;

    /// <summary>Feldera's default <c>max_queued_records</c>.</summary>
    public const long DefaultMaxQueuedRecords = 1_000_000;
}

/// <summary>A connector declared in the SQL program, with the relation it belongs to and where it was written.</summary>
/// <param name="EndpointName">The endpoint's name: <c>relation.connector</c>.</param>
/// <param name="Relation">The table (input) or view (output).</param>
/// <param name="IsInput">True for a table's connector.</param>
/// <param name="Config">The connector.</param>
/// <param name="Span">The connector's JSON object in the SQL text.</param>
public sealed record DeclaredConnector(string EndpointName, RelationSchema Relation, bool IsInput, ConnectorConfig Config, SourceSpan Span);
