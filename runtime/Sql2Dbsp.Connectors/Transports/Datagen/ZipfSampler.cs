namespace Sql2Dbsp.Connectors.Transports.Datagen;

/// <summary>
/// Samples ranks 1..n with P(k) ∝ 1 / k^e by rejection-inversion (Hörmann and Derflinger, "Rejection-inversion to
/// generate variates from monotone discrete distributions", 1996): constant time per sample and no table, so n can
/// be as large as the column's range.
/// </summary>
internal sealed class ZipfSampler
{
    private readonly long n;
    private readonly double exponent;
    private readonly double hIntegralX1;
    private readonly double hIntegralN;
    private readonly double s;

    public ZipfSampler(long n, double exponent)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(exponent);
        this.n = n;
        this.exponent = exponent;
        hIntegralX1 = HIntegral(1.5) - 1.0;
        hIntegralN = HIntegral(n + 0.5);
        s = 2.0 - HIntegralInverse(HIntegral(2.5) - H(2.0));
    }

    /// <summary>A rank in [1, n].</summary>
    public long Sample(ref SplitMix random)
    {
        while (true)
        {
            double u = hIntegralN + random.NextDouble() * (hIntegralX1 - hIntegralN);
            double x = HIntegralInverse(u);
            long k = (long)(x + 0.5);
            if (k < 1) k = 1;
            else if (k > n) k = n;
            if (k - x <= s || u >= HIntegral(k + 0.5) - H(k)) return k;
        }
    }

    private double H(double x) => Math.Exp(-exponent * Math.Log(x));

    private double HIntegral(double x)
    {
        double log = Math.Log(x);
        return Helper2((1.0 - exponent) * log) * log;
    }

    private double HIntegralInverse(double x)
    {
        double t = x * (1.0 - exponent);
        if (t < -1.0) t = -1.0;
        return Math.Exp(Helper1(t) * x);
    }

    /// <summary>log(1 + x) / x, accurate near 0.</summary>
    private static double Helper1(double x) =>
        Math.Abs(x) > 1e-8 ? Math.Log(1.0 + x) / x : 1.0 - x * (0.5 - x * (1.0 / 3.0 - 0.25 * x));

    /// <summary>(exp(x) − 1) / x, accurate near 0.</summary>
    private static double Helper2(double x) =>
        Math.Abs(x) > 1e-8 ? (Math.Exp(x) - 1.0) / x : 1.0 + x * 0.5 * (1.0 + x * (1.0 / 3.0) * (1.0 + 0.25 * x));
}
