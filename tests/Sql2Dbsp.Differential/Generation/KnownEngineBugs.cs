namespace Sql2Dbsp.Differential.Generation;

/// <summary>
/// The constructs CI's seeded run leaves out because the engine differs from PostgreSQL in them (docs/conformance.md
/// lists them with a reproduction). When a fix lands, remove its feature here: CI then checks it.
/// The long run (the console) leaves nothing out unless told to.
/// </summary>
internal static class KnownEngineBugs
{
    public const Feature Features =
        // DECIMAL(28, 10) × DECIMAL(28, 10) has the Calcite/Feldera result type DECIMAL(38, 20): a product needing more
        // than 18 integer digits is an overflow error here, while PostgreSQL's numeric has no limit. Values up to 38
        // digits are exact (DECIMAL(38) since 2026-12-08); what remains is this result-type rule (docs/sql-reference.md).
        Feature.WideDecimal;
}
