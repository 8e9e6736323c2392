package io.github.zhibiao.stats;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Exact conversion factors between units of area, of power and of energy (review 13: a power total
 * kept 12 GW and 1200万千瓦 apart); nothing else is ever converted.
 */
final class UnitFactors {
  /** Each area unit in 亩: 1 公顷 = 15 亩, so 1 平方米 = 15/10000 亩. */
  private static final Map<String, BigDecimal> AREA_IN_MU = Map.of(
      "亩", BigDecimal.ONE,
      "公顷", new BigDecimal("15"),
      "平方公里", new BigDecimal("1500"),
      "平方米", new BigDecimal("0.0015"));

  /** Each power unit in 千瓦. */
  private static final Map<String, BigDecimal> POWER_IN_KW = Map.of(
      "瓦", new BigDecimal("0.001"),
      "千瓦", BigDecimal.ONE,
      "兆瓦", new BigDecimal("1000"),
      "吉瓦", new BigDecimal("1000000"));

  /** Each energy unit in 千瓦时. */
  private static final Map<String, BigDecimal> ENERGY_IN_KWH = Map.of(
      "千瓦时", BigDecimal.ONE,
      "兆瓦时", new BigDecimal("1000"),
      "吉瓦时", new BigDecimal("1000000"));

  private static final List<Map<String, BigDecimal>> TABLES =
      List.of(AREA_IN_MU, POWER_IN_KW, ENERGY_IN_KWH);

  private UnitFactors() {}

  /**
   * The factor that turns a value in {@code from} into {@code to}, or null if there is none or it
   * is not a finite decimal (亩 to 公顷 is 1/15: {@code 100亩} is not converted, not rounded).
   */
  static BigDecimal factor(String from, String to) {
    if (from.equals(to)) return BigDecimal.ONE;
    BigDecimal a = null;
    BigDecimal b = null;
    for (Map<String, BigDecimal> table : TABLES) {
      a = table.get(from);
      b = table.get(to);
      if (a != null && b != null) break;
    }
    if (a == null || b == null) return null;
    try {
      return a.divide(b);
    } catch (ArithmeticException nonTerminating) {
      return null;
    }
  }
}
