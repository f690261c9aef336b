namespace Sql2Dbsp.Benchmarks;

/// <summary>
/// Generated data for the SQL benchmarks: <c>customers(id, region)</c> and <c>orders(id, customer, amount)</c>, all
/// BIGINT/INT columns. Keeps the live orders so a change can delete existing rows as well as insert new ones, which
/// keeps the base size constant from step to step. Deterministic for a given seed.
/// </summary>
internal sealed class OrdersWorkload
{
    /// <summary>Customers are spread over this many regions: the grouped views have at most this many groups.</summary>
    public const int Regions = 1_000;

    /// <summary>
    /// Base rows are pushed and stepped in chunks of this size (loading is setup, never measured). Reference pipelines
    /// are stepped only once at the end of a load: each of their steps recomputes everything from scratch.
    /// </summary>
    private const int LoadChunk = 100_000;

    private readonly Random random;
    private readonly long customers;
    private (long Id, long Customer, long Amount)[] live = [];
    private int liveCount;
    private long nextOrderId;

    public OrdersWorkload(long customers, int seed)
    {
        this.customers = customers;
        random = new Random(seed);
    }

    /// <summary>Called after each step the workload takes during a load (to observe the pipeline's output).</summary>
    public Action<Pipeline>? AfterStep { get; init; }

    /// <summary>Inserts every customer into each target, stepping once per chunk.</summary>
    public void LoadCustomers(IReadOnlyList<Pipeline> targets)
    {
        for (long id = 0; id < customers; id++)
        {
            object?[] row = [id, (int)(id % Regions)];
            foreach (var p in targets) p.Input("customers").Push(row, 1);
            if ((id + 1) % LoadChunk == 0) StepIncremental(targets);
        }
        StepAll(targets);
    }

    /// <summary>Inserts <paramref name="count"/> new orders into each target, stepping once per chunk.</summary>
    public void LoadOrders(int count, IReadOnlyList<Pipeline> targets)
    {
        Array.Resize(ref live, Math.Max(live.Length, liveCount + count));
        for (int i = 0; i < count; i++)
        {
            var order = NewOrder();
            live[liveCount++] = order;
            object?[] row = [order.Id, order.Customer, order.Amount];
            foreach (var p in targets) p.Input("orders").Push(row, 1);
            if ((i + 1) % LoadChunk == 0) StepIncremental(targets);
        }
        StepAll(targets);
    }

    /// <summary>
    /// A change of <paramref name="rows"/> orders: half deletions of random live orders, half insertions of new ones
    /// (so the table keeps its size). Built before the clock starts; apply it with <see cref="Push"/>.
    /// </summary>
    public (object?[] Row, long Weight)[] NextChange(int rows)
    {
        var change = new (object?[] Row, long Weight)[rows];
        int deletes = rows / 2;
        for (int i = 0; i < deletes; i++)
        {
            int at = random.Next(liveCount);
            var victim = live[at];
            live[at] = live[--liveCount];
            change[i] = ([victim.Id, victim.Customer, victim.Amount], -1);
        }
        if (live.Length < liveCount + rows - deletes) Array.Resize(ref live, liveCount + rows);
        for (int i = deletes; i < rows; i++)
        {
            var order = NewOrder();
            live[liveCount++] = order;
            change[i] = ([order.Id, order.Customer, order.Amount], 1);
        }
        return change;
    }

    /// <summary>Pushes a change into the orders table of each target (not measured: the next step is).</summary>
    public static void Push((object?[] Row, long Weight)[] change, IReadOnlyList<Pipeline> targets)
    {
        foreach (var p in targets)
        {
            var orders = p.Input("orders");
            foreach (var (row, weight) in change) orders.Push(row, weight);
        }
    }

    private (long Id, long Customer, long Amount) NewOrder() =>
        (nextOrderId++, random.NextInt64(customers), random.NextInt64(1, 10_000));

    private void StepIncremental(IReadOnlyList<Pipeline> targets)
    {
        foreach (var p in targets)
            if (p.Incremental) Step(p);
    }

    private void StepAll(IReadOnlyList<Pipeline> targets)
    {
        foreach (var p in targets) Step(p);
    }

    private void Step(Pipeline pipeline)
    {
        pipeline.Step();
        AfterStep?.Invoke(pipeline);
    }
}
