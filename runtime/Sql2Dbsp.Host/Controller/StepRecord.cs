using System.Collections.Immutable;
using Sql2Dbsp.Connectors.Transports;

namespace Sql2Dbsp.Host.Controller;

/// <summary>What one input endpoint contributed to a step.</summary>
/// <param name="Endpoint">The endpoint's name.</param>
/// <param name="Records">Records applied to the table.</param>
/// <param name="Bytes">Input bytes they came from.</param>
/// <param name="Position">The endpoint's position after them: where it resumes if the pipeline restarts after this step.</param>
public sealed record StepInput(string Endpoint, long Records, long Bytes, InputPosition? Position);

/// <summary>
/// A completed step: its number, the transaction it committed and each endpoint's input. This is the unit a
/// fault-tolerant pipeline journals (replaying a step needs exactly this) and the unit output batches are labelled with.
/// </summary>
/// <param name="Step">The step number (1 for the first step).</param>
/// <param name="Transaction">The transaction number; every step commits one transaction.</param>
/// <param name="Inputs">The endpoints that contributed input, in the order they were applied.</param>
public sealed record StepRecord(long Step, long Transaction, ImmutableArray<StepInput> Inputs);
