namespace Sql2Dbsp.Runtime.Sql.Tests;

public class SqlLogicTests
{
    public static TheoryData<bool?, bool?, bool?, bool?> TruthTable => new()
    {
        // a, b, a AND b, a OR b
        { true, true, true, true },
        { true, false, false, true },
        { true, null, null, true },
        { false, true, false, true },
        { false, false, false, false },
        { false, null, false, null },
        { null, true, null, true },
        { null, false, false, null },
        { null, null, null, null },
    };

    [Theory]
    [MemberData(nameof(TruthTable))]
    public void AndOr(bool? a, bool? b, bool? and, bool? or)
    {
        Assert.Equal(and, SqlLogic.And(a, b));
        Assert.Equal(or, SqlLogic.Or(a, b));
        if (a.HasValue && b.HasValue)
        {
            Assert.Equal(and, SqlLogic.And(a.Value, b.Value));
            Assert.Equal(or, SqlLogic.Or(a.Value, b.Value));
        }
    }

    [Theory]
    [InlineData(true, false, true, false, false, true, true, false)]
    [InlineData(false, true, false, true, false, true, false, true)]
    [InlineData(null, null, false, false, true, false, true, true)]
    public void NotAndIsPredicates(bool? a, bool? not, bool isTrue, bool isFalse, bool isUnknown, bool isNotUnknown, bool isNotFalse, bool isNotTrue)
    {
        Assert.Equal(not, SqlLogic.Not(a));
        Assert.Equal(isTrue, SqlLogic.IsTrue(a));
        Assert.Equal(isFalse, SqlLogic.IsFalse(a));
        Assert.Equal(isUnknown, SqlLogic.IsUnknown(a));
        Assert.Equal(isNotUnknown, SqlLogic.IsNotUnknown(a));
        Assert.Equal(isNotFalse, SqlLogic.IsNotFalse(a));
        Assert.Equal(isNotTrue, SqlLogic.IsNotTrue(a));
        if (a.HasValue)
        {
            Assert.Equal(not, SqlLogic.Not(a.Value));
            Assert.Equal(isTrue, SqlLogic.IsTrue(a.Value));
            Assert.Equal(isFalse, SqlLogic.IsFalse(a.Value));
            Assert.Equal(isNotTrue, SqlLogic.IsNotTrue(a.Value));
            Assert.Equal(isNotFalse, SqlLogic.IsNotFalse(a.Value));
        }
    }

    [Fact]
    public void MixedNullabilityBindsToNullableOverload()
    {
        bool? r = SqlLogic.And(true, (bool?)null);
        Assert.Null(r);
    }
}
