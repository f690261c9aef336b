using System.Collections.Immutable;
using System.Globalization;

namespace Sql2Dbsp.Connectors.Json;

/// <summary>A range of characters (UTF-16 code units) in a JSON text.</summary>
public readonly record struct JsonSpan(int Start, int Length)
{
    /// <summary>The offset just after the span.</summary>
    public int End => Start + Length;
}

/// <summary>
/// A JSON value that remembers where it was written. Configuration is read from this tree rather than from
/// <see cref="System.Text.Json.JsonDocument"/> because every error must point at the offending value.
/// </summary>
public abstract record JNode(JsonSpan Span)
{
    /// <summary>The JSON type name used in error messages ("object", "string", ...).</summary>
    public abstract string Kind { get; }
}

/// <summary>A JSON object; properties keep their order.</summary>
public sealed record JObject(ImmutableArray<JProperty> Properties, JsonSpan Span) : JNode(Span)
{
    /// <inheritdoc/>
    public override string Kind => "object";

    /// <summary>The property with exactly this name, or null.</summary>
    public JProperty? Find(string name)
    {
        foreach (var p in Properties)
            if (p.Name == name) return p;
        return null;
    }
}

/// <summary>A property of a <see cref="JObject"/>.</summary>
public sealed record JProperty(string Name, JsonSpan NameSpan, JNode Value);

/// <summary>A JSON array.</summary>
public sealed record JArray(ImmutableArray<JNode> Items, JsonSpan Span) : JNode(Span)
{
    /// <inheritdoc/>
    public override string Kind => "array";
}

/// <summary>A JSON string (unescaped).</summary>
public sealed record JString(string Value, JsonSpan Span) : JNode(Span)
{
    /// <inheritdoc/>
    public override string Kind => "string";
}

/// <summary>A JSON number, kept as its text so integers, decimals and doubles are all read exactly.</summary>
public sealed record JNumber(string Text, JsonSpan Span) : JNode(Span)
{
    /// <inheritdoc/>
    public override string Kind => "number";

    /// <summary>The number as a 64-bit integer, when it is one.</summary>
    public bool TryGetInt64(out long value) => long.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>The number as a double.</summary>
    public double ToDouble() => double.Parse(Text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The number as a decimal, when it fits.</summary>
    public bool TryGetDecimal(out decimal value) => decimal.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}

/// <summary>A JSON <c>true</c> or <c>false</c>.</summary>
public sealed record JBoolean(bool Value, JsonSpan Span) : JNode(Span)
{
    /// <inheritdoc/>
    public override string Kind => "boolean";
}

/// <summary>A JSON <c>null</c>.</summary>
public sealed record JNull(JsonSpan Span) : JNode(Span)
{
    /// <inheritdoc/>
    public override string Kind => "null";
}
