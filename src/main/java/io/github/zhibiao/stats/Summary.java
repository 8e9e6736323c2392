package io.github.zhibiao.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An immutable snapshot of descriptive statistics over a non-empty set of items in one unit; made
 * by {@link Statistics}.
 *
 * <pre>{@code
 * Summary<BigDecimal> s = Statistics.describe(values, "亿元");   // 1, 2, 3, …, 10
 * s.sum();                        // 55        (exact BigDecimal)
 * s.median();                     // 5.5
 * s.q1(); s.q3();                 // 3.25, 7.75
 * s.sampleVariance();             // OptionalDouble[9.166666666666666]
 * s.populationVariance();         // 8.25
 * }</pre>
 *
 * <p><b>Exact and approximate.</b> {@link #count}, {@link #sum}, {@link #min} and {@link #max} are
 * exact: the sum is a {@link BigDecimal} sum (so 0.1 + 0.2 is 0.3, and 10²⁰ + 1 keeps its 1), and
 * min and max are the items' own values. Every other statistic is a {@code double}, computed from
 * the values rounded to the nearest double.
 *
 * <p><b>Definitions.</b> With {@code n} values {@code x₁ ≤ … ≤ xₙ}:
 *
 * <ul>
 *   <li>{@link #mean}: the exact sum divided by {@code n} (34 significant digits), then rounded to
 *       double.
 *   <li>{@link #percentile}: R type 7, the same as Excel {@code PERCENTILE.INC}, NumPy's default
 *       and Guava's {@code Quantiles}: {@code h = (n − 1)·p/100}, then linear interpolation between
 *       the values at 0-based positions {@code ⌊h⌋} and {@code ⌊h⌋ + 1}. {@link #median} is {@code
 *       percentile(50)}, {@link #q1} {@code percentile(25)}, {@link #q3} {@code percentile(75)},
 *       {@link #iqr} {@code q3 − q1}. This is not Commons Math's default ({@code LEGACY}).
 *   <li>{@link #populationVariance}: {@code Σ(x − mean)² / n}, defined for every {@code n ≥ 1} (0
 *       for one value). {@link #sampleVariance}: {@code Σ(x − mean)² / (n − 1)}, empty for {@code n
 *       = 1}. Standard deviations are their square roots.
 *   <li>{@link #skewness}: the adjusted Fisher–Pearson sample skewness {@code G1 = n / ((n − 1)(n −
 *       2)) · Σ((x − mean)/s)³}, {@code s} the sample standard deviation (Excel {@code SKEW},
 *       Commons Math {@code Skewness}); empty for {@code n < 3} or when all values are equal.
 *   <li>IQR outliers ({@link #iqrOutliers}): values strictly below {@link #lowerFence} {@code = q1
 *       − 1.5·iqr} or strictly above {@link #upperFence} {@code = q3 + 1.5·iqr} (Tukey's fences).
 *   <li>Robust outliers ({@link #robustOutliers}): values whose modified z-score {@code 0.6745·(x −
 *       median)/MAD} has an absolute value strictly above 3.5 (Iglewicz and Hoaglin, 1993), where
 *       {@link #mad} {@code = median(|x − median|)}. When the MAD is 0 (more than half the values
 *       are equal) the score is undefined: {@link #modifiedZScore} is empty and there are no robust
 *       outliers; the IQR rule still applies.
 * </ul>
 *
 * <p>No method returns NaN or throws for a summary that exists; what can be undefined is an {@link
 * OptionalDouble}. Values must lie within the range of {@code double}; the variance overflows to
 * infinity only for values beyond about 10¹⁵⁰.
 *
 * <p>Two summaries are equal when they have the same unit and the same items with the same values
 * in the same order. Instances are immutable and thread-safe; treat as a value type (if the items
 * are).
 *
 * @param <T> the type of the items described
 */
public final class Summary<T> {
  private static final double IQR_FENCE = 1.5;
  private static final double MODIFIED_Z_FACTOR = 0.6745;
  private static final double MODIFIED_Z_LIMIT = 3.5;

  private final String unit;
  private final ImmutableList<Integer> indices;
  private final ImmutableList<T> items;
  private final ImmutableList<BigDecimal> values;
  private final BigDecimal sum;
  private final BigDecimal min;
  private final BigDecimal max;

  /** The values as doubles, ascending; never exposed, so never modified. */
  private final double[] sorted;

  private final double mean;
  private final double median;
  private final double q1;
  private final double q3;
  private final double populationVariance;
  private final double sampleVariance; // NaN when undefined
  private final double skewness; // NaN when undefined
  private final double mad;
  private final ImmutableList<Outlier<T>> iqrOutliers;
  private final ImmutableList<Outlier<T>> robustOutliers;

  /** Computes every statistic of a non-empty column whose unit has been checked. */
  Summary(Column<T> column, String unit) {
    int n = column.size();
    checkArgument(n > 0, "no values to describe: a summary needs at least one");
    this.unit = unit;
    this.indices = ImmutableList.copyOf(column.indices);
    this.items = ImmutableList.copyOf(column.items);
    this.values = ImmutableList.copyOf(column.values);

    BigDecimal total = BigDecimal.ZERO;
    BigDecimal lowest = values.get(0);
    BigDecimal highest = values.get(0);
    double[] doubles = new double[n];
    for (int i = 0; i < n; i++) {
      BigDecimal v = values.get(i);
      total = total.add(v);
      if (v.compareTo(lowest) < 0) lowest = v;
      if (v.compareTo(highest) > 0) highest = v;
      doubles[i] = v.doubleValue();
    }
    this.sum = total;
    this.min = lowest;
    this.max = highest;
    Arrays.sort(doubles);
    this.sorted = doubles;

    this.mean = total.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128).doubleValue();
    this.median = Estimators.percentileR7(sorted, 50);
    this.q1 = Estimators.percentileR7(sorted, 25);
    this.q3 = Estimators.percentileR7(sorted, 75);
    this.populationVariance = Estimators.variance(sorted, mean, false);
    this.sampleVariance = n < 2 ? Double.NaN : Estimators.variance(sorted, mean, true);
    this.skewness = n < 3 ? Double.NaN : Estimators.skewness(sorted, mean, sampleVariance);
    this.mad = Estimators.medianAbsoluteDeviation(sorted, median);

    List<Outlier<T>> byIqr = new ArrayList<>();
    List<Outlier<T>> byMad = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double x = values.get(i).doubleValue();
      Outlier<T> o = new Outlier<>(indices.get(i), items.get(i), values.get(i));
      if (x < lowerFence() || x > upperFence()) byIqr.add(o);
      if (mad > 0 && Math.abs(score(x)) > MODIFIED_Z_LIMIT) byMad.add(o);
    }
    this.iqrOutliers = ImmutableList.copyOf(byIqr);
    this.robustOutliers = ImmutableList.copyOf(byMad);
  }

  /** Returns the number of items, at least 1. */
  public int count() {
    return values.size();
  }

  /** Returns the unit that every value is in, for example {@code 元} or {@code %}. */
  public String unit() {
    return unit;
  }

  /** Returns the exact sum of the values. */
  public BigDecimal sum() {
    return sum;
  }

  /** Returns the smallest value, exactly as given (the first one if several compare equal). */
  public BigDecimal min() {
    return min;
  }

  /** Returns the largest value, exactly as given (the first one if several compare equal). */
  public BigDecimal max() {
    return max;
  }

  /** Returns the arithmetic mean: the exact sum over the count, rounded to double. */
  public double mean() {
    return mean;
  }

  /** Returns the median, {@code percentile(50)}: for an even count, the mean of the middle two. */
  public double median() {
    return median;
  }

  /** Returns the first quartile, {@code percentile(25)} (R type 7). */
  public double q1() {
    return q1;
  }

  /** Returns the third quartile, {@code percentile(75)} (R type 7). */
  public double q3() {
    return q3;
  }

  /** Returns the interquartile range {@code q3() − q1()}, never negative. */
  public double iqr() {
    return q3 - q1;
  }

  /**
   * Returns the {@code p}-th percentile by R type 7 (Excel {@code PERCENTILE.INC} with {@code
   * p/100}), in constant time.
   *
   * <pre>{@code
   * // values 1, 2, …, 10:  h = 9 × 0.9 = 8.1, so 9 + 0.1 × (10 − 9)
   * s.percentile(90);   // 9.1
   * }</pre>
   *
   * @param p the percentile, from 0 (the minimum) to 100 (the maximum)
   * @throws IllegalArgumentException if {@code p} is outside {@code [0, 100]} or NaN
   */
  public double percentile(double p) {
    checkArgument(p >= 0 && p <= 100, "percentile must be in [0, 100]: %s", p);
    return Estimators.percentileR7(sorted, p);
  }

  /** Returns the population variance {@code Σ(x − mean)² / n}; 0 for a single value. */
  public double populationVariance() {
    return populationVariance;
  }

  /** Returns the population standard deviation, the square root of {@link #populationVariance}. */
  public double populationStandardDeviation() {
    return Math.sqrt(populationVariance);
  }

  /**
   * Returns the sample variance {@code Σ(x − mean)² / (n − 1)}, or empty for a single value (where
   * it is undefined).
   */
  public OptionalDouble sampleVariance() {
    return optional(sampleVariance);
  }

  /** Returns the sample standard deviation, or empty for a single value. */
  public OptionalDouble sampleStandardDeviation() {
    return optional(Math.sqrt(sampleVariance));
  }

  /**
   * Returns the adjusted Fisher–Pearson sample skewness (Excel {@code SKEW}), positive when the
   * long tail is on the right; empty for fewer than three values or when all values are equal.
   */
  public OptionalDouble skewness() {
    return optional(skewness);
  }

  /** Returns the lower Tukey fence {@code q1 − 1.5·iqr}: values strictly below it are outliers. */
  public double lowerFence() {
    return q1 - IQR_FENCE * iqr();
  }

  /** Returns the upper Tukey fence {@code q3 + 1.5·iqr}: values strictly above it are outliers. */
  public double upperFence() {
    return q3 + IQR_FENCE * iqr();
  }

  /**
   * Returns the items outside the Tukey fences, in input order; empty if there are none.
   *
   * @see #lowerFence()
   * @see #upperFence()
   */
  public List<Outlier<T>> iqrOutliers() {
    return iqrOutliers;
  }

  /** Returns the median absolute deviation {@code median(|x − median|)}, unscaled. */
  public double mad() {
    return mad;
  }

  /**
   * Returns the modified z-score {@code 0.6745·(x − median)/MAD} of a value, or empty when the MAD
   * is 0.
   *
   * @param value a value in this summary's unit, not null
   */
  public OptionalDouble modifiedZScore(BigDecimal value) {
    checkNotNull(value, "value");
    return mad > 0 ? OptionalDouble.of(score(value.doubleValue())) : OptionalDouble.empty();
  }

  /**
   * Returns the items whose modified z-score exceeds 3.5 in absolute value, in input order; empty
   * when there are none or when the MAD is 0.
   */
  public List<Outlier<T>> robustOutliers() {
    return robustOutliers;
  }

  private double score(double x) {
    return MODIFIED_Z_FACTOR * (x - median) / mad;
  }

  private static OptionalDouble optional(double x) {
    return Double.isNaN(x) ? OptionalDouble.empty() : OptionalDouble.of(x);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Summary<?> other
        && unit.equals(other.unit)
        && indices.equals(other.indices)
        && items.equals(other.items)
        && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, items, values);
  }

  /** Returns, for example, {@code Summary{count=10, unit=亿元, sum=55, min=1, max=10, …}}. */
  @Override
  public String toString() {
    return "Summary{count="
        + count()
        + ", unit="
        + unit
        + ", sum="
        + sum.toPlainString()
        + ", min="
        + min.toPlainString()
        + ", max="
        + max.toPlainString()
        + ", mean="
        + mean
        + ", median="
        + median
        + ", q1="
        + q1
        + ", q3="
        + q3
        + "}";
  }
}
