using System.Diagnostics.Tracing;

namespace Sql2Dbsp.Benchmarks;

/// <summary>Samples allocations (GC AllocationTick, every ~100 KB) by type name, to find allocation sources.</summary>
internal sealed class AllocListener : EventListener
{
    public readonly Dictionary<string, long> Bytes = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName != "GCAllocationTick_V4" || e.Payload is null) return;
        int i = e.PayloadNames!.IndexOf("TypeName");
        int j = e.PayloadNames.IndexOf("AllocationAmount64");
        string name = e.Payload[i]?.ToString() ?? "?";
        long amount = Convert.ToInt64(e.Payload[j]);
        lock (Bytes) Bytes[name] = Bytes.GetValueOrDefault(name) + amount;
    }
}
