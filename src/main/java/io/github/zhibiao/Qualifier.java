package io.github.zhibiao;

import java.util.Locale;

/**
 * How a stated figure relates to the true one, as the text's own words say.
 *
 * <p>The qualifier decides the bounds a {@link Quantity} reports: {@code 超过100亿元} has
 * {@code low = 10000000000} and no {@code high}; {@code 不到5%} has {@code high = 5} and no {@code
 * low}. Where the text has several qualifiers ({@code 近200余人次}), a bound beats {@link #APPROX}
 * and the first bound in reading order wins; editorial checks report the redundancy.
 */
public enum Qualifier {
  /** No qualifying word: {@code 2262亿元}. */
  EXACT,
  /** 约, 大约, 近, 将近, 接近, 左右, 上下: {@code 约2262亿元}, {@code 30%左右}. */
  APPROX,
  /** 以上, 不低于, 不少于, 至少, 上百: {@code 5000万元以上}; the figure is a lower bound, inclusive. */
  AT_LEAST,
  /** 超过, 逾, 突破, 余, 多 (after the number): {@code 4400余万元}; a lower bound, exclusive. */
  MORE_THAN,
  /** 以下, 以内, 不超过, 最高, 最多: {@code 3%以内}; an upper bound, inclusive. */
  AT_MOST,
  /** 不到, 不足: {@code 不足5%}; an upper bound, exclusive. */
  LESS_THAN;

  /** Returns the lower-case id used in CLI output, such as {@code more_than}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns whether the figure is a lower bound ({@link #AT_LEAST} or {@link #MORE_THAN}). */
  public boolean isLowerBound() {
    return this == AT_LEAST || this == MORE_THAN;
  }

  /** Returns whether the figure is an upper bound ({@link #AT_MOST} or {@link #LESS_THAN}). */
  public boolean isUpperBound() {
    return this == AT_MOST || this == LESS_THAN;
  }
}
