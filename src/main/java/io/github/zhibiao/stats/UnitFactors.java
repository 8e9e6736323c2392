package io.github.zhibiao.stats;

import java.math.BigDecimal;
import java.util.Map;

/** Exact conversion factors between units of area; nothing else is ever converted. */
final class UnitFactors {
  /** Each area unit in 亩: 1 公顷 = 15 亩, so 1 平方米 = 15/10000 亩. */
  private static final Map<String, BigDecimal> AREA_IN_MU = Map.of(
      "亩", BigDecimal.ONE,
      "公顷", new BigDecimal("15"),
      "平方公里", new BigDecimal("1500"),
      "平方米", new BigDecimal("0.0015"));

  private UnitFactors() {}

  /**
   * The factor that turns a value in {@code from} into {@code to}, or null if there is none or it
   * is not a finite decimal (亩 to 公顷 is 1/15: {@code 100亩} is not converted, not rounded).
   */
  static BigDecimal factor(String from, String to) {
    if (from.equals(to)) return BigDecimal.ONE;
    BigDecimal a = AREA_IN_MU.get(from);
    BigDecimal b = AREA_IN_MU.get(to);
    if (a == null || b == null) return null;
    try {
      return a.divide(b);
    } catch (ArithmeticException nonTerminating) {
      return null;
    }
  }
}
