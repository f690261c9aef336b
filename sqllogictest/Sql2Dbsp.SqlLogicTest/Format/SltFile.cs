using System.Collections.Immutable;

namespace Sql2Dbsp.SqlLogicTest.Format;

/// <summary>A parsed sqllogictest file: its path (as given on the command line) and its records in file order.</summary>
internal sealed record SltFile(string Path, ImmutableArray<SltRecord> Records);
