package io.github.zhibiao.indicator;

import io.github.zhibiao.Dimension;
import io.github.zhibiao.Quantity;
import java.math.BigDecimal;

/**
 * When a headline figure states a body figure rounded ({@code 超400亿元} over 426.5亿元). Internal:
 * shared by the typer, which merges such a headline with its body figure, and by the C1 check,
 * which does not report it; this package is not exported.
 */
public final class Rounding {
  private Rounding() {}

  /**
   * Whether a headline quantity states {@code v} rounded: at the precision of its last significant
   * digit ({@code step}: 100亿 for 400亿, 1亿 for 426亿), above it and below the next step for 超,
   * 逾, 以上; within half a step and a tenth of it for 约, 近; below it by less than a step and a
   * tenth for 不足, 以下; rounded when exact (426亿 for 426.5亿, 3.2万亿 for 31964亿; never 426亿 for
   * 426亿: the exact pass merged that), or truncated when written with three significant digits or
   * more (426亿 for 426.8亿; not 400亿 for 480亿, 3万 for 3.9万); a headline of one significant
   * digit within 5% of it (20亿 for 19.6亿, not for 15亿: a journalist would write 15亿), except a
   * percentage, rounded to a whole per cent (增长5% for 5.3%).
   */
  public static boolean rounds(Quantity headline, BigDecimal v) {
    BigDecimal bound = headline.value().abs();
    v = v.abs();
    if (bound.signum() <= 0 || v.compareTo(bound) == 0) return false;
    BigDecimal digits = bound.stripTrailingZeros(); // 4E+10 for 400亿: one significant digit
    BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(-digits.scale());
    BigDecimal tenth = bound.divide(BigDecimal.TEN);
    BigDecimal half = step.divide(BigDecimal.valueOf(2));
    BigDecimal gap = v.subtract(bound);
    return switch (headline.qualifier()) {
      case MORE_THAN, AT_LEAST -> gap.signum() > 0 && gap.compareTo(step) < 0;
      case APPROX -> gap.abs().compareTo(half.min(tenth)) <= 0;
      case LESS_THAN, AT_MOST -> gap.signum() < 0 && gap.negate().compareTo(step.min(tenth)) < 0;
      case EXACT -> v.stripTrailingZeros().scale() > digits.scale()
          && gap.compareTo(half.negate()) >= 0
          && (gap.compareTo(half) <= 0 || (gap.compareTo(step) < 0 && fine(bound, step)))
          && (digits.precision() >= 2 || headline.unit().dimension() == Dimension.PERCENT
              || gap.abs().multiply(BigDecimal.valueOf(20)).compareTo(bound) <= 0);
    };
  }

  /** Whether {@code step} is at most a hundredth of {@code bound}: three significant digits. */
  private static boolean fine(BigDecimal bound, BigDecimal step) {
    return step.multiply(BigDecimal.valueOf(100)).compareTo(bound) <= 0;
  }
}
