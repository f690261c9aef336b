using System.Collections.Immutable;

namespace Sql2Dbsp.SqlLogicTest.Execution;

/// <summary>
/// The database as a batch of queries sees it: the tables and views that exist, and the input steps that build the
/// tables' contents (replayed in order, they sum to the current contents). Immutable, so batches can run while the
/// file goes on changing the database.
/// </summary>
internal sealed record DatabaseSnapshot(
    ImmutableArray<TableDefinition> Tables,
    ImmutableArray<ViewDefinition> Views,
    ImmutableArray<InputStep> Steps);
