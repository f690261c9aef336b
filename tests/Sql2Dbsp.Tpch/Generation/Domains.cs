namespace Sql2Dbsp.Tpch.Generation;

/// <summary>The value domains of TPC-H (specification clause 4.2.2 and 4.2.3, as dbgen's distributions define them).</summary>
internal static class Domains
{
    public static readonly string[] Regions = ["AFRICA", "AMERICA", "ASIA", "EUROPE", "MIDDLE EAST"];

    /// <summary>The 25 nations with their region keys; the nation key is the index.</summary>
    public static readonly (string Name, int Region)[] Nations =
    [
        ("ALGERIA", 0), ("ARGENTINA", 1), ("BRAZIL", 1), ("CANADA", 1), ("EGYPT", 4), ("ETHIOPIA", 0), ("FRANCE", 3),
        ("GERMANY", 3), ("INDIA", 2), ("INDONESIA", 2), ("IRAN", 4), ("IRAQ", 4), ("JAPAN", 2), ("JORDAN", 4),
        ("KENYA", 0), ("MOROCCO", 0), ("MOZAMBIQUE", 0), ("PERU", 1), ("CHINA", 2), ("ROMANIA", 3),
        ("SAUDI ARABIA", 4), ("VIETNAM", 2), ("RUSSIA", 3), ("UNITED KINGDOM", 3), ("UNITED STATES", 1),
    ];

    /// <summary>P_NAME is five distinct words of this list.</summary>
    public static readonly string[] Colors =
    [
        "almond", "antique", "aquamarine", "azure", "beige", "bisque", "black", "blanched", "blue", "blush", "brown",
        "burlywood", "burnished", "chartreuse", "chiffon", "chocolate", "coral", "cornflower", "cornsilk", "cream",
        "cyan", "dark", "deep", "dim", "dodger", "drab", "firebrick", "floral", "forest", "frosted", "gainsboro",
        "ghost", "goldenrod", "green", "grey", "honeydew", "hot", "indian", "ivory", "khaki", "lace", "lavender",
        "lawn", "lemon", "light", "lime", "linen", "magenta", "maroon", "medium", "metallic", "midnight", "mint",
        "misty", "moccasin", "navajo", "navy", "olive", "orange", "orchid", "pale", "papaya", "peach", "peru", "pink",
        "plum", "powder", "puff", "purple", "red", "rose", "rosy", "royal", "saddle", "salmon", "sandy", "seashell",
        "sienna", "sky", "slate", "smoke", "snow", "spring", "steel", "tan", "thistle", "tomato", "turquoise",
        "violet", "wheat", "white", "yellow",
    ];

    public static readonly string[] TypeSize = ["STANDARD", "SMALL", "MEDIUM", "LARGE", "ECONOMY", "PROMO"];
    public static readonly string[] TypeFinish = ["ANODIZED", "BURNISHED", "PLATED", "POLISHED", "BRUSHED"];
    public static readonly string[] TypeMaterial = ["TIN", "NICKEL", "BRASS", "STEEL", "COPPER"];
    public static readonly string[] ContainerSize = ["SM", "LG", "MED", "JUMBO", "WRAP"];
    public static readonly string[] ContainerKind = ["CASE", "BOX", "BAG", "JAR", "PKG", "PACK", "CAN", "DRUM"];
    public static readonly string[] Segments = ["AUTOMOBILE", "BUILDING", "FURNITURE", "MACHINERY", "HOUSEHOLD"];
    public static readonly string[] Priorities = ["1-URGENT", "2-HIGH", "3-MEDIUM", "4-NOT SPECIFIED", "5-LOW"];
    public static readonly string[] ShipInstructions = ["DELIVER IN PERSON", "COLLECT COD", "NONE", "TAKE BACK RETURN"];
    public static readonly string[] ShipModes = ["REG AIR", "AIR", "RAIL", "SHIP", "TRUCK", "MAIL", "FOB"];

    /// <summary>STARTDATE, CURRENTDATE and ENDDATE of clause 4.2.2.12.</summary>
    public static readonly DateOnly StartDate = new(1992, 1, 1);
    public static readonly DateOnly CurrentDate = new(1995, 6, 17);
    public static readonly DateOnly EndDate = new(1998, 12, 31);

    // The words of the comment grammar (clause 4.2.2.10), without its weights: enough for the queries' LIKE
    // patterns ('%special%requests%', '%express%packages%', …) to match some rows and miss others.
    public static readonly string[] Nouns =
    [
        "foxes", "ideas", "theodolites", "pinto beans", "instructions", "dependencies", "excuses", "platelets",
        "asymptotes", "courts", "dolphins", "multipliers", "sauternes", "warthogs", "frets", "dinos", "attainments",
        "somas", "Tiresias", "patterns", "forges", "braids", "hockey players", "frays", "warhorses", "dugouts",
        "notornis", "epitaphs", "pearls", "tithes", "waters", "orbits", "gifts", "sheaves", "depths", "sentiments",
        "decoys", "realms", "pains", "grouches", "escapades", "packages", "requests", "accounts", "deposits",
    ];
    public static readonly string[] Verbs =
    [
        "sleep", "wake", "are", "cajole", "haggle", "nag", "use", "boost", "affix", "detect", "integrate", "maintain",
        "nod", "was", "lose", "sublate", "solve", "thrash", "promise", "engage", "hinder", "print", "x-ray", "breach",
        "eat", "grow", "impress", "mold", "poach", "serve", "run", "dazzle", "snooze", "doze", "unwind", "kindle",
        "play", "hang", "believe", "doubt",
    ];
    public static readonly string[] Adjectives =
    [
        "furious", "sly", "careful", "blithe", "quick", "fluffy", "slow", "quiet", "ruthless", "thin", "close",
        "dogged", "daring", "brave", "stealthy", "permanent", "enticing", "idle", "busy", "regular", "final",
        "ironic", "even", "bold", "silent", "express", "special", "pending", "unusual",
    ];
    public static readonly string[] Adverbs =
    [
        "sometimes", "always", "never", "furiously", "slyly", "carefully", "blithely", "quickly", "fluffily",
        "slowly", "quietly", "ruthlessly", "thinly", "closely", "doggedly", "daringly", "bravely", "stealthily",
        "permanently", "enticingly", "idly", "busily", "regularly", "finally", "ironically", "evenly", "boldly",
        "silently",
    ];
    public static readonly string[] Prepositions =
    [
        "about", "above", "according to", "across", "after", "against", "along", "alongside of", "among", "around",
        "at", "atop", "before", "behind", "beneath", "beside", "besides", "between", "beyond", "by", "despite",
        "during", "except", "for", "from", "in place of", "inside", "instead of", "into", "near", "of", "on",
        "outside", "over", "past", "since", "through", "throughout", "to", "toward", "under", "until", "up", "upon",
        "without", "with", "within",
    ];
    public static readonly string[] Terminators = [".", ";", ":", "?", "!", "--"];
}
