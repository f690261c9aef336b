using System.Runtime.ExceptionServices;

namespace Sql2Dbsp.Host.FaultTolerance;

/// <summary>
/// Makes a step durable while the circuit thread computes it (exactly-once): the ingress log is fsynced through the
/// entries the step took and the step's journal record is appended and fsynced, each on a thread of its own, so the two
/// fsyncs overlap each other and the step. The circuit thread starts both with <see cref="Begin"/> once the step's
/// input is applied (the record describes only the input) and waits in <see cref="End"/> before it releases any output
/// of the step or answers a request.
/// </summary>
/// <remarks>
/// Because the two fsyncs race, a crash can leave the step's journal record on disk without some of the ingress entries
/// it names. Nothing of such a step was released, so a restart cuts its record off (<see cref="JournalRecord.IngressDurable"/>
/// tells this from damage: the record says which entries were on disk before it was written).
/// </remarks>
internal sealed class StepDurability : IDisposable
{
    private readonly IngressLog ingressLog;
    private readonly Journal journal;
    private readonly Worker ingressWorker = new("sql2dbsp-ingress-log");
    private readonly Worker journalWorker = new("sql2dbsp-journal");
    private long ingressThrough;
    private JournalRecord? record;

    public StepDurability(IngressLog ingressLog, Journal journal)
    {
        this.ingressLog = ingressLog;
        this.journal = journal;
    }

    /// <summary>The ingress log's last entry on disk, which a step's record carries (<see cref="JournalRecord.IngressDurable"/>).</summary>
    public long IngressDurable => ingressLog.Durable;

    /// <summary>Starts making a step durable: the ingress log through <paramref name="ingressThrough"/> (0: none) and <paramref name="step"/>'s record.</summary>
    public void Begin(long ingressThrough, JournalRecord step)
    {
        this.ingressThrough = ingressThrough;
        record = step;
        if (ingressThrough > ingressLog.Durable) ingressWorker.Begin(() => ingressLog.FlushThrough(this.ingressThrough));
        journalWorker.Begin(() => journal.Append(record!));
    }

    /// <summary>Waits until the step begun is durable.</summary>
    /// <exception cref="IOException">The ingress log or the journal could not be written.</exception>
    public void End()
    {
        var journalFailure = journalWorker.End();
        var ingressFailure = ingressWorker.End();
        if ((ingressFailure ?? journalFailure) is { } e) ExceptionDispatchInfo.Capture(e).Throw();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        ingressWorker.Dispose();
        journalWorker.Dispose();
    }

    /// <summary>A thread that runs one action at a time for the circuit thread, which waits for it.</summary>
    private sealed class Worker : IDisposable
    {
        private readonly SemaphoreSlim requested = new(0);
        private readonly SemaphoreSlim completed = new(0);
        private readonly Thread thread;
        private Action? action;
        private Exception? failure;
        private bool busy;
        private volatile bool disposed;

        public Worker(string name)
        {
            thread = new Thread(Run) { IsBackground = true, Name = name };
            thread.Start();
        }

        public void Begin(Action work)
        {
            if (busy) throw new InvalidOperationException("a step is already being made durable (a bug)");
            action = work;
            failure = null;
            busy = true;
            requested.Release();
        }

        /// <summary>Waits for the action begun, if any; returns its failure.</summary>
        public Exception? End()
        {
            if (!busy) return null;
            completed.Wait();
            busy = false;
            return failure;
        }

        public void Dispose()
        {
            End();
            disposed = true;
            requested.Release();
            thread.Join();
            requested.Dispose();
            completed.Dispose();
        }

        private void Run()
        {
            while (true)
            {
                requested.Wait();
                if (disposed) return;
                try
                {
                    action!();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
                {
                    failure = e;
                }
                completed.Release();
            }
        }
    }
}
