namespace Sql2Dbsp.Tpch.Generation;

/// <summary>
/// Generates TPC-H data by the value rules of the specification (clause 4.2.3), deterministically from a seed.
/// Deviations, all deliberate: the comment grammar is simplified (<see cref="TextPool"/>), O_TOTALPRICE rounds each
/// line to cents instead of truncating, and at least one supplier comment holds "Customer…Complaints" (and one
/// "Customer…Recommends") even when SF × 5 rounds to zero, so that Q16's NOT IN filters something at SF 0.01.
/// </summary>
internal sealed class TpchGenerator
{
    private readonly double sf;
    private readonly ulong seed;
    private readonly TextPool text;
    private readonly int suppliers, parts, customers, orders, clerks;

    public TpchGenerator(double scaleFactor, ulong seed)
    {
        if (scaleFactor <= 0) throw new ArgumentOutOfRangeException(nameof(scaleFactor), "the scale factor must be positive");
        sf = scaleFactor;
        this.seed = seed;
        text = new TextPool(seed);
        suppliers = Scaled(10_000);
        parts = Scaled(200_000);
        customers = Scaled(150_000);
        orders = Scaled(1_500_000);
        clerks = Scaled(1_000);
    }

    private int Scaled(int count) => Math.Max(1, (int)Math.Round(count * sf));

    public TpchData Generate(int rounds)
    {
        var live = new List<OrderWithLines>(orders);
        var orderRng = Rng.For(seed, "orders");
        for (int i = 1; i <= orders; i++) live.Add(Order(orderRng, SparseKey(i, 0)));
        var tables = new Dictionary<string, IReadOnlyList<object?[]>>
        {
            ["region"] = Regions(),
            ["nation"] = Nations(),
            ["part"] = Parts(),
            ["supplier"] = Suppliers(),
            ["partsupp"] = PartSupps(),
            ["customer"] = Customers(),
            ["orders"] = live.ConvertAll(o => o.Order),
            ["lineitem"] = live.SelectMany(o => o.Lines).ToList(),
        };
        return new TpchData { ScaleFactor = sf, Seed = seed, Tables = tables, Rounds = Refresh(live, rounds) };
    }

    /// <summary>
    /// Refresh rounds in the manner of RF1/RF2: each deletes SF × 1500 (0.1 %) of the live orders with their line
    /// items and inserts as many new ones, whose keys fill the gaps of the sparse key space.
    /// </summary>
    private List<RefreshRound> Refresh(IReadOnlyList<OrderWithLines> loaded, int rounds)
    {
        var rng = Rng.For(seed, "refresh");
        int perRound = Math.Max(1, (int)Math.Round(orders * 0.001));
        var result = new List<RefreshRound>(rounds);
        int next = 1;
        var live = new List<OrderWithLines>(loaded);
        for (int round = 1; round <= rounds; round++)
        {
            var deleted = new List<OrderWithLines>(perRound);
            for (int i = 0; i < perRound && live.Count > 0; i++)
            {
                int at = rng.Between(0, live.Count - 1);
                deleted.Add(live[at]);
                live[at] = live[^1];
                live.RemoveAt(live.Count - 1);
            }
            var inserted = new List<OrderWithLines>(perRound);
            for (int i = 0; i < perRound; i++) inserted.Add(Order(rng, SparseKey(next++, 1 + (round - 1) % 3)));
            live.AddRange(inserted);
            result.Add(new RefreshRound(deleted, inserted));
        }
        return result;
    }

    /// <summary>dbgen's sparse order keys: of every 32 keys the first 8 are used by the initial load (seq 0).</summary>
    private static int SparseKey(int index, int seq) => ((index >> 3) << 5) | (seq << 3) | (index & 7);

    private static List<object?[]> Regions()
    {
        var rows = new List<object?[]>();
        for (int i = 0; i < Domains.Regions.Length; i++) rows.Add([i, Domains.Regions[i], $"region {Domains.Regions[i].ToLowerInvariant()} comment"]);
        return rows;
    }

    private List<object?[]> Nations()
    {
        var rng = Rng.For(seed, "nation");
        var rows = new List<object?[]>();
        for (int i = 0; i < Domains.Nations.Length; i++)
            rows.Add([i, Domains.Nations[i].Name, Domains.Nations[i].Region, text.Comment(rng, 31, 114)]);
        return rows;
    }

    /// <summary>P_RETAILPRICE of clause 4.2.3.</summary>
    private static decimal RetailPrice(int partKey) => (90_000 + (partKey / 10 % 20_001) + 100 * (partKey % 1_000)) / 100m;

    private List<object?[]> Parts()
    {
        var rng = Rng.For(seed, "part");
        var rows = new List<object?[]>(parts);
        var words = new HashSet<string>();
        for (int key = 1; key <= parts; key++)
        {
            words.Clear();
            while (words.Count < 5) words.Add(rng.Pick(Domains.Colors));
            int m = rng.Between(1, 5);
            rows.Add([
                key,
                string.Join(' ', words),
                $"Manufacturer#{m}",
                $"Brand#{m}{rng.Between(1, 5)}",
                $"{rng.Pick(Domains.TypeSize)} {rng.Pick(Domains.TypeFinish)} {rng.Pick(Domains.TypeMaterial)}",
                rng.Between(1, 50),
                $"{rng.Pick(Domains.ContainerSize)} {rng.Pick(Domains.ContainerKind)}",
                RetailPrice(key),
                text.Comment(rng, 5, 22),
            ]);
        }
        return rows;
    }

    private static string Phone(Rng rng, int nation) =>
        $"{nation + 10}-{rng.Between(100, 999)}-{rng.Between(100, 999)}-{rng.Between(1000, 9999)}";

    private List<object?[]> Suppliers()
    {
        var rng = Rng.For(seed, "supplier");
        int marked = Math.Max(1, (int)Math.Round(sf * 5));
        var complaints = new HashSet<int>();
        var recommends = new HashSet<int>();
        while (complaints.Count < Math.Min(marked, suppliers)) complaints.Add(rng.Between(1, suppliers));
        while (recommends.Count < Math.Min(marked, suppliers)) recommends.Add(rng.Between(1, suppliers));
        var rows = new List<object?[]>(suppliers);
        for (int key = 1; key <= suppliers; key++)
        {
            int nation = rng.Between(0, 24);
            string comment = text.Comment(rng, 25, 100);
            if (complaints.Contains(key)) comment = Mark(rng, comment, "Complaints");
            else if (recommends.Contains(key)) comment = Mark(rng, comment, "Recommends");
            rows.Add([key, $"Supplier#{key:D9}", TextPool.VString(rng, 10, 40), nation, Phone(rng, nation), rng.Money(-99_999, 999_999), comment]);
        }
        return rows;
    }

    /// <summary>Overwrites part of a supplier comment with "Customer … {word}" (clause 4.2.3, S_COMMENT).</summary>
    private static string Mark(Rng rng, string comment, string word)
    {
        string marker = "Customer " + (rng.Between(0, 1) == 0 ? "" : "slyly ") + word;
        if (comment.Length < marker.Length) return marker;
        int at = rng.Between(0, comment.Length - marker.Length);
        return string.Concat(comment.AsSpan(0, at), marker, comment.AsSpan(at + marker.Length));
    }

    /// <summary>The i-th (0..3) supplier of a part (clause 4.2.3, PS_SUPPKEY).</summary>
    private int SupplierOf(int partKey, int i) => (int)((partKey + (long)i * (suppliers / 4 + (partKey - 1) / suppliers)) % suppliers) + 1;

    private List<object?[]> PartSupps()
    {
        var rng = Rng.For(seed, "partsupp");
        var rows = new List<object?[]>(parts * 4);
        for (int key = 1; key <= parts; key++)
            for (int i = 0; i < 4; i++)
                rows.Add([key, SupplierOf(key, i), rng.Between(1, 9_999), rng.Money(100, 100_000), text.Comment(rng, 49, 198)]);
        return rows;
    }

    private List<object?[]> Customers()
    {
        var rng = Rng.For(seed, "customer");
        var rows = new List<object?[]>(customers);
        for (int key = 1; key <= customers; key++)
        {
            int nation = rng.Between(0, 24);
            rows.Add([
                key, $"Customer#{key:D9}", TextPool.VString(rng, 10, 40), nation, Phone(rng, nation),
                rng.Money(-99_999, 999_999), rng.Pick(Domains.Segments), text.Comment(rng, 29, 116),
            ]);
        }
        return rows;
    }

    private OrderWithLines Order(Rng rng, int key)
    {
        int customer;
        do customer = rng.Between(1, customers);
        while (customer % 3 == 0 && customers >= 3);   // a third of the customers never order (clause 4.2.3)
        var orderDate = Domains.StartDate.AddDays(rng.Between(0, Domains.EndDate.DayNumber - 151 - Domains.StartDate.DayNumber));
        int count = rng.Between(1, 7);
        var lines = new List<object?[]>(count);
        decimal total = 0;
        int shipped = 0;
        for (int number = 1; number <= count; number++)
        {
            int part = rng.Between(1, parts);
            int quantity = rng.Between(1, 50);
            decimal price = quantity * RetailPrice(part);
            decimal discount = rng.Money(0, 10);
            decimal tax = rng.Money(0, 8);
            var shipDate = orderDate.AddDays(rng.Between(1, 121));
            var commitDate = orderDate.AddDays(rng.Between(30, 90));
            var receiptDate = shipDate.AddDays(rng.Between(1, 30));
            string returnFlag = receiptDate <= Domains.CurrentDate ? (rng.Between(0, 1) == 0 ? "R" : "A") : "N";
            bool open = shipDate > Domains.CurrentDate;
            if (!open) shipped++;
            total += decimal.Round(price * (1 + tax) * (1 - discount), 2, MidpointRounding.AwayFromZero);
            lines.Add([
                key, part, SupplierOf(part, rng.Between(0, 3)), number, (decimal)quantity, price, discount, tax,
                returnFlag, open ? "O" : "F", shipDate, commitDate, receiptDate,
                rng.Pick(Domains.ShipInstructions), rng.Pick(Domains.ShipModes), text.Comment(rng, 10, 43),
            ]);
        }
        string status = shipped == count ? "F" : shipped == 0 ? "O" : "P";
        object?[] order =
        [
            key, customer, status, total, orderDate, rng.Pick(Domains.Priorities), $"Clerk#{rng.Between(1, clerks):D9}", 0,
            text.Comment(rng, 19, 78),
        ];
        return new OrderWithLines(order, lines);
    }
}
