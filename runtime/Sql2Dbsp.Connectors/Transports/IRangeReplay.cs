using System.Text.Json;
using Sql2Dbsp.Connectors.Formats;

namespace Sql2Dbsp.Connectors.Transports;

/// <summary>
/// An input transport that can read the same input again between two positions it reported (Feldera's replay by
/// seek metadata): an exactly-once journal then stores only the positions of each step, not its records. Transports
/// without it have their records journaled instead.
/// </summary>
public interface IRangeReplay
{
    /// <summary>
    /// Reads the input between <paramref name="from"/> (null: the beginning) and <paramref name="to"/>, parsing it
    /// with <paramref name="parser"/> into buffers from <paramref name="newBuffer"/>, appended to <paramref name="into"/>.
    /// Records the parser rejects go to <paramref name="errors"/>.
    /// </summary>
    /// <exception cref="IOException">The input is gone or no longer holds those bytes.</exception>
    void ReplayRange(InputReaderContext context, JsonElement? from, JsonElement to, IInputParser parser, Func<ChangeBuffer> newBuffer,
        List<ChangeBuffer> into, List<ParseError> errors);
}
