namespace Sql2Dbsp.Runtime.Operators.Nested;

/// <summary>
/// A stateful operator inside an incremental recursive scope. Its time is a pair (step, iteration): it reads the
/// scope's current iteration from <see cref="RecursionClock"/>, may owe output at later iterations even when its
/// inputs are empty (changes of this step meeting past changes at those iterations), and folds the step into its
/// state at <see cref="EndStep"/>.
/// </summary>
internal interface INestedOperator
{
    /// <summary>Whether the operator will produce output at an iteration after <paramref name="iteration"/> without further input.</summary>
    bool HasWorkAfter(int iteration);

    /// <summary>The scope reached its fixed point: fold this step's changes into the state.</summary>
    void EndStep();
}

/// <summary>The iteration a recursive scope is evaluating, shared by its operators.</summary>
internal sealed class RecursionClock
{
    /// <summary>0 for the first evaluation of the scope's body in a step.</summary>
    public int Iteration;
}
