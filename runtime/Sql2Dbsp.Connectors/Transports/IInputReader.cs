namespace Sql2Dbsp.Connectors.Transports;

/// <summary>Reads one input endpoint's source until its end or until cancelled, handing what it reads to the consumer.</summary>
public interface IInputReader
{
    /// <summary>
    /// Reads from the source. Before each read it waits on <see cref="IInputConsumer.WaitForCapacityAsync"/> (pause and
    /// backpressure). Problems go to <see cref="IInputConsumer.TransportError"/>; at the end of the source it calls
    /// <see cref="IInputConsumer.EndOfInput"/> and returns. Cancellation (the pipeline stopping) ends it with
    /// <see cref="OperationCanceledException"/>.
    /// </summary>
    Task RunAsync(IInputConsumer consumer, CancellationToken cancellationToken);
}
