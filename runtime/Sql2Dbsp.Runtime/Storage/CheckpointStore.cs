using System.Diagnostics;
using System.Globalization;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.Runtime.Storage;

/// <summary>
/// Checkpoints of a circuit in a storage directory, as in Feldera: each checkpoint is a new directory
/// (<c>checkpoint-000042/</c>) holding one state file per stateful operator (named by its persistent id in the
/// directory's <c>manifest.json</c>); it is published by atomically replacing the root manifest
/// <c>checkpoints.json</c>, which lists the last <see cref="Retained"/> checkpoints, newest first. Every file carries a
/// checksum and is fsynced before the checkpoint is published.
/// </summary>
/// <remarks>
/// Restoring loads the newest checkpoint that is intact; a truncated or damaged one is skipped (with its reason in
/// <see cref="RestoredCheckpoint.Skipped"/>) in favour of the previous one. If the root manifest itself is missing or
/// damaged, the checkpoint directories are scanned instead (a directory's manifest is written after its state files,
/// so a directory with an intact manifest and intact files is complete). A checkpoint of another program is refused.
/// One writer per storage directory.
/// </remarks>
public sealed class CheckpointStore
{
    /// <summary>Number of checkpoints kept: the newest, and the previous one to fall back on.</summary>
    public const int Retained = 2;

    /// <summary>Prefix of the ids of callers' states (operator ids never contain '/').</summary>
    private const string CallerStatePrefix = "caller/";

    private const string CatalogFile = "checkpoints.json";
    private const string ManifestName = "manifest.json";
    private const string DirectoryPrefix = "checkpoint-";

    /// <summary>Creates a store over <paramref name="directory"/> (created on the first checkpoint).</summary>
    public CheckpointStore(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory = Path.GetFullPath(directory);
    }

    /// <summary>The storage directory.</summary>
    public string Directory { get; }

    /// <summary>
    /// Whether the directory holds any checkpoint (published or not; it may still turn out to be damaged). A directory
    /// without its manifest is not one: the manifest is written last, so that write never completed (a crash during
    /// the first checkpoint leaves only such a directory, and the next start must be a fresh one).
    /// </summary>
    public bool HasCheckpoint =>
        File.Exists(Path.Combine(Directory, CatalogFile))
        || ScanDirectories().Exists(d => File.Exists(Path.Combine(Directory, d.Name, ManifestName)));

    /// <summary>
    /// Writes a checkpoint of <paramref name="circuit"/> between two steps (it waits for a running step to finish and
    /// blocks the next one until the state is written), publishes it and deletes checkpoints older than the last
    /// <see cref="Retained"/>.
    /// </summary>
    /// <param name="circuit">The circuit.</param>
    /// <param name="program">Identity of the program (restoring checks it).</param>
    /// <param name="properties">Caller metadata to save with the checkpoint.</param>
    /// <param name="callerStates">
    /// The caller's own state to save with the circuit's, by name: written, checksummed, published, retained and
    /// verified exactly like operator state, and read back by <see cref="Restore"/>.
    /// </param>
    /// <exception cref="CheckpointException">The circuit failed, a state type has no serializer, or writing failed.</exception>
    public CheckpointInfo Write(Circuit circuit, string program, IReadOnlyDictionary<string, string>? properties = null,
        IReadOnlyDictionary<string, IOperatorState>? callerStates = null)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        ArgumentException.ThrowIfNullOrEmpty(program);
        var watch = Stopwatch.StartNew();
        System.IO.Directory.CreateDirectory(Directory);
        // A directory without its manifest is an unfinished write, not a checkpoint to fall back on: it is collected below.
        var previous = PublishedOrScanned(out _).FindAll(e => File.Exists(Path.Combine(Directory, e.Directory, ManifestName)));
        long sequence = Math.Max(previous.Select(e => e.Sequence).DefaultIfEmpty(0).Max(), ScanDirectories().Select(d => d.Sequence).DefaultIfEmpty(0).Max()) + 1;
        string name = DirectoryPrefix + sequence.ToString("D6", CultureInfo.InvariantCulture);
        string path = Path.Combine(Directory, name);
        CheckpointManifest manifest;
        lock (circuit.StepLock)
        {
            if (circuit.Failure is { } failure)
                throw new CheckpointException($"cannot checkpoint a failed circuit (step {failure.Step} failed): its state is inconsistent", failure);
            try
            {
                System.IO.Directory.CreateDirectory(path);
                var files = new List<StateFileEntry>();
                var callers = (callerStates ?? new Dictionary<string, IOperatorState>()).Select(c => (CallerStatePrefix + c.Key, c.Value));
                foreach (var (id, state) in circuit.CheckpointedStates().Concat(callers))
                {
                    string file = "state-" + files.Count.ToString("D4", CultureInfo.InvariantCulture) + ".bin";
                    var (bytes, sha) = StateFile.Write(Path.Combine(path, file), id, state);
                    files.Add(new StateFileEntry(id, file, bytes, sha));
                }
                manifest = new CheckpointManifest(StateFile.FormatVersion, sequence, program, circuit.StepCount, DateTime.UtcNow,
                    new Dictionary<string, string>(properties ?? new Dictionary<string, string>(), StringComparer.Ordinal), files);
                ManifestFile.WriteAtomically(Path.Combine(path, ManifestName), manifest);
                FileSync.Directory(Directory);
            }
            catch (Exception e)
            {
                TryDelete(path);
                if (e is CheckpointException) throw;
                throw new CheckpointException($"cannot write checkpoint {sequence} to '{path}': {e.Message}", e);
            }
        }
        // Publish: from here on a restore sees the new checkpoint.
        var entries = new List<CatalogEntry> { new(sequence, name, manifest.Step) };
        entries.AddRange(previous.Take(Retained - 1));
        ManifestFile.WriteAtomically(Path.Combine(Directory, CatalogFile), new CheckpointCatalog(StateFile.FormatVersion, entries));
        CollectGarbage(entries);
        return Info(manifest, path, watch.Elapsed);
    }

    /// <summary>
    /// Builds a circuit with <paramref name="build"/> and loads the newest intact checkpoint into it. A checkpoint
    /// that turns out to be damaged is skipped, and the previous one is loaded into a freshly built circuit.
    /// </summary>
    /// <param name="build">Builds a fresh circuit of the program (called once per attempt).</param>
    /// <param name="program">Identity of the program: a checkpoint of another program is refused.</param>
    /// <param name="callerStates">The caller's states to load (saved under the same names by <see cref="Write"/>).</param>
    /// <exception cref="CheckpointException">
    /// No checkpoint, none intact (the message lists each one's problem), a checkpoint of another program, or of an
    /// unsupported format version, or one without a requested caller state.
    /// </exception>
    public (Circuit Circuit, RestoredCheckpoint Restored) Restore(Func<Circuit> build, string program,
        IReadOnlyDictionary<string, IOperatorState>? callerStates = null)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentException.ThrowIfNullOrEmpty(program);
        var watch = Stopwatch.StartNew();
        var skipped = new List<string>();
        var candidates = PublishedOrScanned(out string? catalogProblem);
        if (catalogProblem is not null) skipped.Add(catalogProblem);
        if (candidates.Count == 0)
            throw new CheckpointException($"no checkpoint in '{Directory}'" + (skipped.Count > 0 ? ": " + string.Join("; ", skipped) : ""));
        foreach (var candidate in candidates)
        {
            string path = Path.Combine(Directory, candidate.Directory);
            try
            {
                var manifest = ManifestFile.Read<CheckpointManifest>(Path.Combine(path, ManifestName));
                if (manifest.Format != StateFile.FormatVersion)
                    throw new CheckpointException($"checkpoint {manifest.Sequence} in '{Directory}' has format version {manifest.Format}; this build reads version {StateFile.FormatVersion}");
                if (!string.Equals(manifest.Program, program, StringComparison.Ordinal))
                    throw new CheckpointException(
                        $"checkpoint {manifest.Sequence} in '{Directory}' belongs to another program ({manifest.Program}), not to this one ({program}); " +
                        "use another storage directory, or the program that wrote it");
                if (manifest.Sequence != candidate.Sequence)
                    throw new CheckpointCorruptException($"{path}: manifest says checkpoint {manifest.Sequence}, expected {candidate.Sequence}");
                foreach (var file in manifest.Files) StateFile.Verify(Path.Combine(path, file.File), file.Bytes, file.Sha256);
                var circuit = build();
                var states = circuit.CheckpointedStates().ToDictionary(s => s.Id, s => s.State, StringComparer.Ordinal);
                var saved = manifest.Files.Select(f => f.Id).Where(id => !id.StartsWith(CallerStatePrefix, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
                if (!saved.SetEquals(states.Keys))
                    throw new CheckpointException(
                        $"checkpoint {manifest.Sequence} in '{Directory}' does not match the circuit: " +
                        $"missing state of [{string.Join(", ", states.Keys.Except(saved).Order(StringComparer.Ordinal))}], " +
                        $"unknown state [{string.Join(", ", saved.Except(states.Keys).Order(StringComparer.Ordinal))}]");
                foreach (var (name, state) in callerStates ?? new Dictionary<string, IOperatorState>())
                {
                    string id = CallerStatePrefix + name;
                    if (!manifest.Files.Any(f => f.Id == id))
                        throw new CheckpointException($"checkpoint {manifest.Sequence} in '{Directory}' has no state '{name}' (it was written by another kind of caller)");
                    states[id] = state;
                }
                // Caller states nobody asked for (a host's, when a library caller resumes) are left alone.
                foreach (var file in manifest.Files.Where(f => states.ContainsKey(f.Id))) StateFile.Read(Path.Combine(path, file.File), file.Id, states[file.Id]);
                circuit.RestoreStepCount(manifest.Step);
                return (circuit, new RestoredCheckpoint(Info(manifest, path, watch.Elapsed), skipped));
            }
            catch (CheckpointCorruptException e)
            {
                skipped.Add($"checkpoint {candidate.Sequence}: {e.Message}");
            }
        }
        throw new CheckpointCorruptException($"no intact checkpoint in '{Directory}': {string.Join("; ", skipped)}");
    }

    /// <summary>The published checkpoints (newest first), or, when the root manifest is unusable, the scanned ones.</summary>
    private List<CatalogEntry> PublishedOrScanned(out string? problem)
    {
        problem = null;
        string catalogPath = Path.Combine(Directory, CatalogFile);
        if (File.Exists(catalogPath))
        {
            try
            {
                var catalog = ManifestFile.Read<CheckpointCatalog>(catalogPath);
                if (catalog.Format == StateFile.FormatVersion) return [.. catalog.Checkpoints.OrderByDescending(e => e.Sequence)];
                problem = $"{catalogPath}: format version {catalog.Format} is not supported";
            }
            catch (CheckpointCorruptException e)
            {
                problem = e.Message;
            }
        }
        else if (ScanDirectories().Count > 0) problem = $"{catalogPath}: root manifest is missing";
        return [.. ScanDirectories().OrderByDescending(d => d.Sequence).Select(d => new CatalogEntry(d.Sequence, d.Name, -1))];
    }

    private List<(long Sequence, string Name)> ScanDirectories()
    {
        var found = new List<(long, string)>();
        if (!System.IO.Directory.Exists(Directory)) return found;
        foreach (var dir in System.IO.Directory.EnumerateDirectories(Directory, DirectoryPrefix + "*"))
        {
            string name = Path.GetFileName(dir);
            if (long.TryParse(name.AsSpan(DirectoryPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out long sequence))
                found.Add((sequence, name));
        }
        return found;
    }

    /// <summary>Deletes checkpoint directories that are no longer published.</summary>
    private void CollectGarbage(List<CatalogEntry> kept)
    {
        var keep = kept.Select(e => e.Directory).ToHashSet(StringComparer.Ordinal);
        foreach (var (_, name) in ScanDirectories())
            if (!keep.Contains(name)) TryDelete(Path.Combine(Directory, name));
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (System.IO.Directory.Exists(path)) System.IO.Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the next checkpoint's collection: a stale directory is never published, so it is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static CheckpointInfo Info(CheckpointManifest manifest, string path, TimeSpan elapsed) => new(
        manifest.Sequence, manifest.Step, path, manifest.Files.Sum(f => f.Bytes), manifest.Files.Count, elapsed, manifest.Properties);
}
