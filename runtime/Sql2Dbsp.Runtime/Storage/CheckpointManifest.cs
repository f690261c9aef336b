namespace Sql2Dbsp.Runtime.Storage;

/// <summary>The manifest of one checkpoint directory (<c>manifest.json</c>), written after all its state files.</summary>
/// <param name="Format">Layout version (<see cref="StateFile.FormatVersion"/>).</param>
/// <param name="Sequence">Checkpoint number in its storage directory, increasing.</param>
/// <param name="Program">Identity of the program the state belongs to.</param>
/// <param name="Step">Number of steps the circuit had completed.</param>
/// <param name="CreatedUtc">When the checkpoint was written.</param>
/// <param name="Properties">Metadata of the caller (e.g. the pipeline's clock).</param>
/// <param name="Files">The state files, one per stateful operator or materialized output.</param>
internal sealed record CheckpointManifest(
    int Format,
    long Sequence,
    string Program,
    long Step,
    DateTime CreatedUtc,
    Dictionary<string, string> Properties,
    List<StateFileEntry> Files);

/// <summary>A state file of a checkpoint.</summary>
/// <param name="Id">Persistent id of the operator (or output) whose state it holds.</param>
/// <param name="File">File name inside the checkpoint directory.</param>
/// <param name="Bytes">File size.</param>
/// <param name="Sha256">Checksum of the file without its trailer (hex), equal to the trailer.</param>
internal sealed record StateFileEntry(string Id, string File, long Bytes, string Sha256);

/// <summary>The root manifest of a storage directory (<c>checkpoints.json</c>): the published checkpoints, newest first.</summary>
internal sealed record CheckpointCatalog(int Format, List<CatalogEntry> Checkpoints);

/// <summary>A published checkpoint.</summary>
internal sealed record CatalogEntry(long Sequence, string Directory, long Step);
