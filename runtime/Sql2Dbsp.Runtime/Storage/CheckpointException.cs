namespace Sql2Dbsp.Runtime.Storage;

/// <summary>A checkpoint could not be written or restored (the message says which and why).</summary>
public class CheckpointException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CheckpointException(string message) : base(message) { }

    /// <summary>Creates the exception with its cause.</summary>
    public CheckpointException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>A checkpoint file is truncated, damaged or inconsistent (its checksum or its structure is wrong).</summary>
public sealed class CheckpointCorruptException : CheckpointException
{
    /// <summary>Creates the exception.</summary>
    public CheckpointCorruptException(string message) : base(message) { }

    /// <summary>Creates the exception with its cause.</summary>
    public CheckpointCorruptException(string message, Exception inner) : base(message, inner) { }
}
