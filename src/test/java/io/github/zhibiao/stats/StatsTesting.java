package io.github.zhibiao.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Named data sets for the statistics tests; expected values are worked out in the tests. */
final class StatsTesting {
  private StatsTesting() {}

  /** Tolerance for double statistics whose exact value is a short decimal. */
  static final double ALLOWED_ERROR = 1e-9;

  /** 1, 2, …, 10. */
  static final List<BigDecimal> ONE_TO_TEN = decimals("1 2 3 4 5 6 7 8 9 10");

  /** Right-skewed: mean 4, deviations −3 −2 −1 0 6. */
  static final List<BigDecimal> SKEWED = decimals("1 2 3 4 10");

  /** 1 … 9 and 15: the IQR rule flags 15, the modified z-score does not. */
  static final List<BigDecimal> IQR_ONLY = decimals("1 2 3 4 5 6 7 8 9 15");

  /** A tight centre with a tail: the modified z-score flags 14 as well, the IQR rule does not. */
  static final List<BigDecimal> TIGHT_CENTRE = decimals("10 10 10 10 10 11 11 14 20 30");

  /** More than half the values equal: MAD = 0. */
  static final List<BigDecimal> MOSTLY_FIVE = decimals("5 5 5 5 5 5 100");

  static List<BigDecimal> decimals(String spaceSeparated) {
    List<BigDecimal> values = new ArrayList<>();
    for (String s : spaceSeparated.split(" ")) values.add(new BigDecimal(s));
    return List.copyOf(values);
  }

  /** A figure as the tests' stand-in for an indicator: where, how much, in what. */
  record Figure(String province, BigDecimal value, String unit) {
    static Figure of(String province, String value, String unit) {
      return new Figure(province, new BigDecimal(value), unit);
    }
  }
}
