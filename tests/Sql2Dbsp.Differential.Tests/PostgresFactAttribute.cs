using Sql2Dbsp.Differential.Postgres;

namespace Sql2Dbsp.Differential.Tests;

/// <summary>
/// A fact that needs PostgreSQL 15: <c>SQL2DBSP_PG</c>, or the Debian package to start a private cluster. Without
/// either it is reported as skipped with the reason, except under <c>CI=true</c>, where it runs and fails loudly
/// (CI installs PostgreSQL, so its absence there is an error, never a silent pass).
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (Available(out string reason) || IsCi) return;
        Skip = reason;
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static bool Available(out string reason)
    {
        reason = $"needs PostgreSQL 15: set {PostgresServer.ConnectionVariable} or install postgresql-15 ({PostgresServer.BinDirectory})";
        return !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresServer.ConnectionVariable)) ||
               File.Exists(Path.Combine(PostgresServer.BinDirectory, "initdb"));
    }
}
