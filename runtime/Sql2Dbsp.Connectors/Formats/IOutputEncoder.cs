using System.Buffers;

namespace Sql2Dbsp.Connectors.Formats;

/// <summary>Turns a batch of view changes (rows with weights) into bytes.</summary>
public interface IOutputEncoder
{
    /// <summary>The MIME type of the encoded data.</summary>
    string ContentType { get; }

    /// <summary>Encodes one batch (the changes of one step) into <paramref name="output"/>.</summary>
    void Encode(IReadOnlyList<(object?[] Row, long Weight)> changes, IBufferWriter<byte> output);
}
