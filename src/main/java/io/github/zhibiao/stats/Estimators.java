package io.github.zhibiao.stats;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * The double-valued estimators behind {@link Summary}, on an array sorted ascending.
 *
 * <p>Commons Math is used only here, inside method bodies: its statistic objects are mutable and
 * not thread-safe, so none is ever kept in a field or shown in the API.
 */
final class Estimators {
  private Estimators() {}

  /**
   * Returns the R type 7 percentile (Excel {@code PERCENTILE.INC}, NumPy's default "linear") of a
   * non-empty ascending array: with {@code h = (n − 1)·p/100}, the value {@code x[⌊h⌋] + (h −
   * ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])}, indices from 0.
   *
   * <p>Commons Math's {@code Percentile} is not used: its default estimator is {@code LEGACY}
   * ({@code h = (n + 1)·p/100}, MATH-1120), and it refuses {@code p = 0}. The result is clamped to
   * the two neighbours so that it never leaves them through rounding; this keeps it monotone in
   * {@code p}.
   *
   * @param sorted the values, ascending, not empty
   * @param p the percentile in {@code [0, 100]}
   */
  static double percentileR7(double[] sorted, double p) {
    int n = sorted.length;
    double h = (n - 1) * (p / 100);
    int lo = (int) Math.floor(h);
    if (lo >= n - 1) {
      return sorted[n - 1];
    }
    double fraction = h - lo;
    double a = sorted[lo];
    if (fraction == 0) {
      return a;
    }
    double b = sorted[lo + 1];
    double r = a + fraction * (b - a);
    return Math.min(Math.max(r, a), b);
  }

  /**
   * Returns the population ({@code biasCorrected = false}, divisor n) or sample ({@code true},
   * divisor n − 1) variance around a given mean, by Commons Math's corrected two-pass algorithm.
   * The sample variance of a single value is 0 here; {@link Summary} reports it as undefined.
   */
  static double variance(double[] values, double mean, boolean biasCorrected) {
    return new Variance(biasCorrected).evaluate(values, mean);
  }

  /**
   * Returns the adjusted Fisher–Pearson sample skewness {@code G1 = n / ((n − 1)(n − 2)) · Σ((x −
   * mean) / s)³}, with {@code s} the sample standard deviation, or NaN when it is undefined ({@code
   * n < 3} or {@code s = 0}). This is what Excel {@code SKEW} and Commons Math {@code Skewness}
   * compute; Commons Math is not called because it returns 0 whenever the variance is below an
   * absolute {@code 1e-19}, which wrongly flattens data measured in small units.
   */
  static double skewness(double[] values, double mean, double sampleVariance) {
    int n = values.length;
    double s = Math.sqrt(sampleVariance);
    if (n < 3 || !(s > 0)) {
      return Double.NaN;
    }
    double cubes = 0;
    for (double x : values) {
      double z = (x - mean) / s;
      cubes += z * z * z;
    }
    return (double) n / ((n - 1.0) * (n - 2.0)) * cubes;
  }

  /**
   * Returns the median absolute deviation {@code median(|x − median(x)|)}, unscaled (no 1.4826
   * consistency factor: the 0.6745 of the modified z-score plays that part).
   */
  static double medianAbsoluteDeviation(double[] sorted, double median) {
    double[] deviations = new double[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      deviations[i] = Math.abs(sorted[i] - median);
    }
    Arrays.sort(deviations);
    return percentileR7(deviations, 50);
  }
}
