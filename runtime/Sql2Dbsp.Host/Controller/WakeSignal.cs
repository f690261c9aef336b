namespace Sql2Dbsp.Host.Controller;

/// <summary>An auto-reset signal for the circuit thread: set by anything that may let it step (new input, a command,
/// an output queue draining); <see cref="Wait"/> returns when set or after the timeout.</summary>
internal sealed class WakeSignal
{
    private readonly object gate = new();
    private bool set;

    public void Set()
    {
        lock (gate)
        {
            set = true;
            Monitor.Pulse(gate);
        }
    }

    public void Wait(TimeSpan timeout)
    {
        lock (gate)
        {
            if (!set) Monitor.Wait(gate, timeout);
            set = false;
        }
    }
}
