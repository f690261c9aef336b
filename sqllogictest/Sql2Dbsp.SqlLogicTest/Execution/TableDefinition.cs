using Sql2Dbsp.Compiler.Catalog;

namespace Sql2Dbsp.SqlLogicTest.Execution;

/// <summary>
/// A table of the database under test: its <c>CREATE TABLE</c> statement as written (what every program declares)
/// and the compiler's view of it. <see cref="Id"/> is unique per creation, so a table dropped and created again under
/// the same name never sees the old table's changes.
/// </summary>
internal sealed record TableDefinition(long Id, string Name, string Declaration, TableInfo Info);
