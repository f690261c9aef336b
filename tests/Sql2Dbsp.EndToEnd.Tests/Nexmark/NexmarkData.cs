namespace Sql2Dbsp.EndToEnd.Tests.Nexmark;

/// <summary>One Nexmark event: a row of person, auction or bid (columns in table.sql's order) and its weight.</summary>
internal sealed record NexmarkEvent(string Table, object?[] Row, long Weight = 1)
{
    public DateTime Time => (DateTime)Row[Table switch { "person" => 6, "auction" => 5, _ => 5 }]!;
}

/// <summary>
/// A small deterministic Nexmark-like stream in steps: persons, auctions and bids in event-time order with jitter
/// under the tables' 4 s lateness, unique bid prices and times (so ROW_NUMBER ties cannot depend on the engine),
/// one step that retracts bids, and one bid that arrives 10 s late and must be dropped.
/// </summary>
internal static class NexmarkData
{
    public static readonly DateTime Start = new(2026, 1, 1, 10, 0, 0, DateTimeKind.Unspecified);

    private static readonly string[] States = ["OR", "ID", "CA", "WA"];
    private static readonly string[] Cities = ["Portland", "Boise", "Fresno", "Seattle"];
    private static readonly string[] Channels = ["Apple", "Google", "Facebook", "Baidu", "channel-x"];

    /// <summary>The steps, and the late bid (dropped by the pipeline; never given to the reference).</summary>
    public static (List<List<NexmarkEvent>> Steps, NexmarkEvent Late) Generate(int steps = 10, int perStep = 60)
    {
        var random = new Random(20261207);
        var result = new List<List<NexmarkEvent>>();
        var persons = new List<long>();
        var auctions = new List<long>();
        var bids = new List<NexmarkEvent>();
        int sequence = 0;
        for (int s = 0; s < steps; s++)
        {
            var step = new List<NexmarkEvent>();
            for (int i = 0; i < perStep; i++, sequence++)
            {
                // 150 ms apart, jittered by up to 2 s either way, plus a sequence-unique microsecond part.
                var time = Start.AddMilliseconds(sequence * 150 + random.Next(-2000, 2000)).AddTicks(sequence % 1000 * 10 + 10);
                int kind = persons.Count < 3 ? 0 : auctions.Count < 3 ? 1 : random.Next(20);
                if (kind == 0)
                {
                    long id = 1000 + persons.Count;
                    int place = random.Next(States.Length);
                    step.Add(new NexmarkEvent("person", [id, $"person{id}", $"p{id}@example.com", $"4000 {id}", Cities[place], States[place], time, ""]));
                    persons.Add(id);
                }
                else if (kind <= 3)
                {
                    long id = 1968 + auctions.Count; // 1968 and 2091 are multiples of 123 (q2)
                    long seller = persons[random.Next(persons.Count)];
                    step.Add(new NexmarkEvent("auction", [id, $"item{id}", "an item", (long)random.Next(1, 100), (long)random.Next(100, 1000),
                        time, time.AddSeconds(random.Next(5, 30)), seller, (long)(10 + random.Next(3)), ""]));
                    auctions.Add(id);
                }
                else
                {
                    long price = sequence * 9973L + 1; // unique; spans the < 10 000, < 1 000 000 and larger buckets of q15-q17
                    var bid = new NexmarkEvent("bid", [auctions[random.Next(auctions.Count)], persons[random.Next(persons.Count)], price,
                        Channels[random.Next(Channels.Length)], $"https://www.nexmark.com/item.htm?query=1&channel_id={sequence}", time, ""]);
                    step.Add(bid);
                    bids.Add(bid);
                }
            }
            if (s == steps / 2)
            {
                // Retract the three latest bids so far: their times are within the lateness, so the retractions apply.
                foreach (var b in bids.OrderByDescending(b => b.Time).Take(3).ToList())
                {
                    step.Add(b with { Weight = -1 });
                    bids.Remove(b);
                }
            }
            result.Add(step);
        }
        var max = result.SelectMany(s => s).Max(e => e.Time);
        var late = new NexmarkEvent("bid", [auctions[0], persons[0], 7L, "Apple", "https://www.nexmark.com/late", max.AddSeconds(-10), "late"]);
        var last = new List<NexmarkEvent> { late, new("bid", [auctions[1], persons[1], 9L, "Google", "https://www.nexmark.com/on-time", max.AddSeconds(1), ""]) };
        result.Add(last);
        return (result, late);
    }
}
