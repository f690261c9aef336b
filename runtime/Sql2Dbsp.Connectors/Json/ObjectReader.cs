namespace Sql2Dbsp.Connectors.Json;

/// <summary>
/// Reads the fields of one JSON configuration object with type checks, recording a problem at the offending value
/// for each mistake. It remembers which fields were read so that <see cref="Finish"/> can report the rest as unknown
/// (a typo in a field name must not be silently ignored).
/// </summary>
public sealed class ObjectReader
{
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    /// <summary>Starts reading <paramref name="node"/>, which must be an object (else an error is recorded and every read returns null).</summary>
    public ObjectReader(JNode node, string what, ConfigProblems problems)
    {
        What = what;
        Problems = problems;
        Object = node as JObject;
        Span = node.Span;
        if (Object is null) problems.Error(node.Span, $"{what} must be a JSON object, not {Article(node.Kind)}");
    }

    /// <summary>What the object is, for messages ("the transport configuration").</summary>
    public string What { get; }

    /// <summary>Where problems go.</summary>
    public ConfigProblems Problems { get; }

    /// <summary>The object, or null when the value was not an object.</summary>
    public JObject? Object { get; }

    /// <summary>The object's span.</summary>
    public JsonSpan Span { get; }

    /// <summary>The field's value (any type), or null when absent; JSON null counts as absent.</summary>
    public JNode? Node(string name)
    {
        read.Add(name);
        var value = Object?.Find(name)?.Value;
        return value is JNull ? null : value;
    }

    /// <summary>True when the field is present (and not null).</summary>
    public bool Has(string name) => Object?.Find(name)?.Value is { } v && v is not JNull;

    /// <summary>A string field.</summary>
    public string? String(string name, bool required = false) => Typed<JString>(name, required, "a string")?.Value;

    /// <summary>A boolean field.</summary>
    public bool? Bool(string name) => Typed<JBoolean>(name, false, "true or false")?.Value;

    /// <summary>An integer field within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public long? Integer(string name, long min = long.MinValue, long max = long.MaxValue, bool required = false)
    {
        var number = Typed<JNumber>(name, required, "an integer");
        if (number is null) return null;
        if (!number.TryGetInt64(out long value))
        {
            Problems.Error(number.Span, $"'{name}' must be an integer, not {Shown(name, number.Text)}");
            return null;
        }
        if (value < min || value > max)
        {
            Problems.Error(number.Span, $"'{name}' must be {RangeText(min, max)}, not {Shown(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture))}");
            return null;
        }
        return value;
    }

    /// <summary>A number field.</summary>
    public double? Number(string name) => Typed<JNumber>(name, false, "a number")?.ToDouble();

    /// <summary>An object field.</summary>
    public JObject? ObjectField(string name, bool required = false) => Typed<JObject>(name, required, "an object");

    /// <summary>An array field.</summary>
    public JArray? Array(string name, bool required = false) => Typed<JArray>(name, required, "an array");

    /// <summary>Reports a Feldera field this implementation accepts but ignores (a tuning knob), as a warning.</summary>
    public void Ignored(string name, string reason)
    {
        if (Node(name) is { } value) Problems.Warning(value.Span, $"'{name}' is ignored: {reason}");
    }

    /// <summary>Reports a Feldera field whose meaning this implementation does not provide, as an error.</summary>
    public void Unsupported(string name, string? help = null)
    {
        if (Node(name) is { } value)
        {
            if (help is null) Problems.Error(value.Span, $"not supported yet: '{name}' in {What}");
            else Problems.Error(value.Span, $"not supported yet: '{name}' in {What}", help);
        }
    }

    /// <summary>Reports every field that was not read as unknown, listing the known ones.</summary>
    public void Finish()
    {
        if (Object is null) return;
        foreach (var p in Object.Properties)
            if (!read.Contains(p.Name))
                Problems.Error(p.NameSpan, $"unknown field '{p.Name}' in {What}", $"known fields: {string.Join(", ", read.Order(StringComparer.Ordinal))}");
    }

    private T? Typed<T>(string name, bool required, string expected) where T : JNode
    {
        var value = Node(name);
        if (value is null)
        {
            if (required && Object is not null) Problems.Error(Span, $"{What} has no '{name}' field (it is required)");
            return null;
        }
        if (value is T typed) return typed;
        Problems.Error(value.Span, $"'{name}' must be {expected}, not {Article(value.Kind)}");
        return null;
    }

    /// <summary>A value for a message: masked when the field's name says it is a secret.</summary>
    private static string Shown(string name, string value) => Config.Secrets.IsSecretName(name) ? Config.Secrets.Mask : value;

    /// <summary>"an object", "a string", ...</summary>
    public static string Article(string kind) => kind is "object" or "array" ? "an " + kind : kind == "null" ? "null" : "a " + kind;

    private static string RangeText(long min, long max) =>
        (min, max) switch
        {
            (long.MinValue, long.MaxValue) => "an integer",
            (_, long.MaxValue) => $"at least {min}",
            (long.MinValue, _) => $"at most {max}",
            _ => $"between {min} and {max}",
        };
}
