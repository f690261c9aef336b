using Sql2Dbsp.Differential.Postgres;

namespace Sql2Dbsp.Differential.Tests;

/// <summary>One PostgreSQL for the test class: started on first use, stopped (when private) at the end.</summary>
public sealed class PostgresFixture : IDisposable
{
    private readonly Lazy<PostgresServer> server = new(() =>
        PostgresServer.TryStart(out string reason) ?? throw new InvalidOperationException("PostgreSQL is not available: " + reason));

    /// <summary>The connection string; throws (failing the test) when no PostgreSQL can be had.</summary>
    public string ConnectionString => server.Value.ConnectionString;

    public void Dispose()
    {
        if (server.IsValueCreated) server.Value.Dispose();
    }
}
