package io.github.zhibiao.stats;

import io.github.zhibiao.Indicator;
import io.github.zhibiao.IndicatorType;
import io.github.zhibiao.Qualifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The running sum and bounds of one {@link Total}. Mutable, used inside one call only. */
final class Accumulator {
  private BigDecimal value = BigDecimal.ZERO;
  private BigDecimal low = BigDecimal.ZERO;
  private BigDecimal high = BigDecimal.ZERO;
  private boolean noValue;
  private boolean lowOpen;
  private boolean highOpen;
  private boolean lowStrict;
  private boolean highStrict;
  private boolean range;
  private boolean approximate;
  private final List<Contribution> contributions = new ArrayList<>();

  /** Adds one figure, its values multiplied by {@code factor} (a unit conversion, else 1). */
  void add(String source, Indicator i, BigDecimal factor) {
    BigDecimal v = scale(i.value(), factor);
    BigDecimal lo;
    BigDecimal hi;
    Qualifier q = i.quantity().qualifier();
    if (v == null) {
      // A range: 3至5亿元, 二三十个.
      lo = scale(i.low(), factor);
      hi = scale(i.high(), factor);
      range = true;
    } else if (i.low() != null || i.high() != null) {
      // A bound: the indicator's signed bounds (超过 sets low; 不到 sets high).
      lo = scale(i.low(), factor);
      hi = scale(i.high(), factor);
    } else if (q.isLowerBound() || q.isUpperBound()) {
      // A bound the indicator left implicit: the sign decides its side (减少超过30亿元 is below -30亿).
      boolean below = q.isUpperBound() == (v.signum() >= 0);
      lo = below ? null : v;
      hi = below ? v : null;
    } else {
      lo = v;
      hi = v;
    }
    boolean strict = q == Qualifier.MORE_THAN || q == Qualifier.LESS_THAN;
    approximate |= q == Qualifier.APPROX;
    if (v == null) noValue = true;
    else value = value.add(v);
    if (lo == null) {
      lowOpen = true;
    } else {
      low = low.add(lo);
      lowStrict |= strict && hi == null;
    }
    if (hi == null) {
      highOpen = true;
    } else {
      high = high.add(hi);
      highStrict |= strict && lo == null;
    }
    contributions.add(new Contribution(source, i, v, lo, hi));
  }

  Total total(String key, IndicatorType type, Scope scope, String unit) {
    Bound bound;
    if (lowOpen && highOpen) bound = Bound.UNBOUNDED;
    else if (highOpen) bound = lowStrict ? Bound.MORE_THAN : Bound.AT_LEAST;
    else if (lowOpen) bound = highStrict ? Bound.LESS_THAN : Bound.AT_MOST;
    else if (range) bound = Bound.RANGE;
    else if (approximate) bound = Bound.APPROX;
    else bound = Bound.EXACT;
    return new Total(key, type, scope, unit, noValue ? null : value, lowOpen ? null : low,
        highOpen ? null : high, bound, approximate, contributions);
  }

  private static BigDecimal scale(BigDecimal v, BigDecimal factor) {
    if (v == null) return null;
    if (factor.compareTo(BigDecimal.ONE) == 0) return v;
    BigDecimal r = v.multiply(factor).stripTrailingZeros();
    return r.scale() < 0 ? r.setScale(0) : r;
  }
}
