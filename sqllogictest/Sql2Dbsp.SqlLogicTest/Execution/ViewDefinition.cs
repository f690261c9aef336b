namespace Sql2Dbsp.SqlLogicTest.Execution;

/// <summary>
/// A view created by a <c>CREATE VIEW</c> statement of the file. Programs re-declare it as
/// <see cref="LocalDeclaration"/> (<c>CREATE LOCAL VIEW ...</c>): queries may read it, but it has no output of its own.
/// </summary>
internal sealed record ViewDefinition(string Name, bool Quoted, string LocalDeclaration);
