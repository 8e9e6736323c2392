package io.github.zhibiao.stats;

import java.util.Locale;

/**
 * What a {@link Total}'s {@code low} and {@code high} say about the true total.
 *
 * <pre>{@code
 * 298亿元 + 342亿元          → EXACT       640亿元
 * 约2262亿元 + 100亿元        → APPROX      2362亿元, bounds as stated
 * 超过1070亿元 + 100亿元      → MORE_THAN   low 1170亿元, no high
 * 3至5亿元 + 10亿元          → RANGE       13亿元..15亿元, no value
 * 超过10亿元 + 不到5亿元       → UNBOUNDED   neither bound is known
 * }</pre>
 */
public enum Bound {
  /** Every figure is exact: {@code value == low == high}. */
  EXACT,
  /** At least one figure is approximate (约, 近, 左右) and none is a bound or a range. */
  APPROX,
  /** The true total is at least {@code low}; {@code high} is open. */
  AT_LEAST,
  /** The true total is more than {@code low} (a figure said 超过, 逾, 余); {@code high} is open. */
  MORE_THAN,
  /** The true total is at most {@code high}; {@code low} is open. */
  AT_MOST,
  /** The true total is less than {@code high} (a figure said 不到, 不足); {@code low} is open. */
  LESS_THAN,
  /** A figure is a range ({@code 3至5亿元}): the total lies in {@code [low, high]}, value is null. */
  RANGE,
  /** A lower and an upper bound were added together: nothing is known about the total's range. */
  UNBOUNDED;

  /** Returns the lower-case id used in CLI output, such as {@code more_than}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
