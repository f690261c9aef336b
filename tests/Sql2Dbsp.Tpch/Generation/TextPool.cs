using System.Text;

namespace Sql2Dbsp.Tpch.Generation;

/// <summary>
/// Comment text as dbgen makes it: a pool of sentences from a (simplified) grammar, of which each comment is a
/// substring of random length at a random offset.
/// </summary>
internal sealed class TextPool
{
    private const int PoolLength = 1 << 19;
    private readonly string pool;

    public TextPool(ulong seed)
    {
        var rng = Rng.For(seed, "text");
        var text = new StringBuilder(PoolLength + 200);
        while (text.Length < PoolLength)
        {
            NounPhrase(rng, text);
            text.Append(' ').Append(rng.Pick(Domains.Verbs));
            if (rng.Between(0, 1) == 0) text.Append(' ').Append(rng.Pick(Domains.Adverbs));
            switch (rng.Between(0, 2))
            {
                case 0:
                    text.Append(' ').Append(rng.Pick(Domains.Prepositions)).Append(" the ");
                    NounPhrase(rng, text);
                    break;
                case 1:
                    text.Append(' ');
                    NounPhrase(rng, text);
                    break;
            }
            text.Append(rng.Pick(Domains.Terminators)).Append(' ');
        }
        pool = text.ToString();
    }

    private static void NounPhrase(Rng rng, StringBuilder text)
    {
        switch (rng.Between(0, 3))
        {
            case 0: break;
            case 1: text.Append(rng.Pick(Domains.Adjectives)).Append(' '); break;
            case 2: text.Append(rng.Pick(Domains.Adjectives)).Append(", ").Append(rng.Pick(Domains.Adjectives)).Append(' '); break;
            default: text.Append(rng.Pick(Domains.Adverbs)).Append(' ').Append(rng.Pick(Domains.Adjectives)).Append(' '); break;
        }
        text.Append(rng.Pick(Domains.Nouns));
    }

    /// <summary>A comment of <paramref name="minLength"/> to <paramref name="maxLength"/> characters.</summary>
    public string Comment(Rng rng, int minLength, int maxLength)
    {
        int length = rng.Between(minLength, maxLength);
        return pool.Substring(rng.Between(0, pool.Length - length), length);
    }

    /// <summary>A random string of letters, digits and punctuation (the spec's v-string, for addresses).</summary>
    public static string VString(Rng rng, int minLength, int maxLength)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789,. ";
        var chars = new char[rng.Between(minLength, maxLength)];
        for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[rng.Between(0, alphabet.Length - 1)];
        return new string(chars);
    }
}
