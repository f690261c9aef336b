using Sql2Dbsp.Compiler;
using Sql2Dbsp.Compiler.Catalog;
using Sql2Dbsp.Compiler.Text;
using Sql2Dbsp.Runtime.Sql;
using Sql2Dbsp.SqlLogicTest.Execution;

namespace Sql2Dbsp.SqlLogicTest.Tests;

public class DatabaseTests
{
    private static TableInfo Table(string sql) => SqlCompiler.Compile(new SourceText(sql)).Catalog!.Tables.Single();

    [Fact]
    public void SnapshotsReplayTheChangesInStepsAndFoldALongHistory()
    {
        var db = new Database(maxReplaySteps: 2);
        var t = db.AddTable("CREATE TABLE t(a INTEGER)", Table("CREATE TABLE t(a INTEGER)"));
        db.Apply(t, [([1], 1), ([2], 1)]);
        var first = db.Snapshot();
        Assert.Single(first.Steps);
        Assert.Same(first, db.Snapshot()); // nothing changed in between

        db.Apply(t, [([1], -1)]);
        var second = db.Snapshot();
        Assert.Equal([2, 1], second.Steps.Select(s => s.Changes.Length));
        Assert.Single(first.Steps); // snapshots are immutable

        db.Apply(t, [([3], 1)]);
        var folded = db.Snapshot();
        var step = Assert.Single(folded.Steps); // three steps exceed the limit: the contents in one step
        Assert.Equal([2, 3], step.Changes.Select(c => (int)c.Row[0]!).Order());
        Assert.All(step.Changes, c => Assert.Equal(1, c.Weight));
    }

    [Fact]
    public void DroppedTablesLeaveTheSnapshotAndARecreatedTableStartsEmpty()
    {
        var db = new Database(maxReplaySteps: 8);
        var info = Table("CREATE TABLE t(a INTEGER)");
        var old = db.AddTable("CREATE TABLE t(a INTEGER)", info);
        db.Apply(old, [([1], 1)]);
        db.Snapshot();
        db.DropTable(old);
        var fresh = db.AddTable("CREATE TABLE t(a INTEGER)", info);
        var snapshot = db.Snapshot();
        Assert.Equal([fresh.Id], snapshot.Tables.Select(x => x.Id));
        Assert.NotEqual(old.Id, fresh.Id);
        Assert.Empty(db.ContentsOf(fresh).Rows);
        Assert.Equal(fresh.Id, db.FindTable("T", quoted: false)!.Id);
    }

    [Fact]
    public void PrimaryKeysCannotRepeat()
    {
        var info = Table("CREATE TABLE t(a INTEGER NOT NULL PRIMARY KEY, b VARCHAR)");
        var contents = new TableContents(info);
        contents.Apply([1, "x"], 1);
        Assert.Equal("(1)", contents.DuplicateKey([([1, "y"], 1)]));
        Assert.Null(contents.DuplicateKey([([1, "x"], -1), ([1, "y"], 1)])); // an update of the key's row
        Assert.Null(contents.DuplicateKey([([2, "y"], 1)]));
        Assert.Throws<InvalidOperationException>(() => contents.Apply([2, "z"], -1));
    }

    [Fact]
    public void ValuesAreConvertedToTheColumnTypesAsTheRuntimeDoes()
    {
        var info = Table("CREATE TABLE t(a INTEGER NOT NULL, d DECIMAL(5,2), s VARCHAR(3), x DATE)");
        var row = ColumnConversion.ConvertRow(info, [5L, 1.005m, "abc", "2024-02-29"]);
        Assert.Equal(5, row[0]);
        Assert.Equal("1.01", Assert.IsType<SqlDecimal>(row[1]).ToString());
        Assert.Equal("abc", row[2]);
        Assert.Equal(new DateOnly(2024, 2, 29), row[3]);
        var e = Assert.ThrowsAny<Exception>(() => ColumnConversion.ConvertRow(info, [null, null, null, null]));
        Assert.Contains("column 'a'", e.Message);
    }
}
