package io.github.zhibiao.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The checked values of one set of items, as they are read: every item, value and unit non-null,
 * every value finite as a double, and the units seen in order of first appearance.
 *
 * <p>Not thread-safe: one instance per call, never shared.
 */
final class Column<T> {
  final List<Integer> indices = new ArrayList<>();
  final List<T> items = new ArrayList<>();
  final List<BigDecimal> values = new ArrayList<>();

  /** Each unit seen, with the index of the first item in it. */
  private final Map<String, Integer> units = new LinkedHashMap<>();

  /** Reads the value and unit of the item at {@code index} (its position in the caller's input). */
  static <T> Reading<T> read(
      int index,
      T item,
      Function<? super T, ? extends BigDecimal> value,
      Function<? super T, String> unit) {
    if (item == null) {
      throw new NullPointerException("item " + index + " is null");
    }
    BigDecimal v = value.apply(item);
    if (v == null) {
      throw new NullPointerException("value of item " + index + " is null");
    }
    String u = unit.apply(item);
    if (u == null) {
      throw new NullPointerException("unit of item " + index + " is null");
    }
    // Economic figures are far below 1e308; a value beyond it would turn every statistic to NaN.
    if (Double.isInfinite(v.doubleValue())) {
      throw new IllegalArgumentException(
          "value of item " + index + " is beyond the range of double: " + v);
    }
    return new Reading<>(index, item, v, u);
  }

  /** One item, read and checked. */
  record Reading<T>(int index, T item, BigDecimal value, String unit) {}

  void add(Reading<? extends T> r) {
    indices.add(r.index());
    items.add(r.item());
    values.add(r.value());
    units.putIfAbsent(r.unit(), r.index());
  }

  int size() {
    return items.size();
  }

  /**
   * Returns the one unit of the column.
   *
   * @param where how to name the column in a message, {@code ""} or for example {@code " in group
   *     河南"}
   * @throws IllegalArgumentException if the items have more than one unit; the message names them
   *     all, for example {@code mixed units: 元, 美元 (item 3 is in 美元)}
   */
  String unit(String where) {
    if (units.size() > 1) {
      List<String> names = new ArrayList<>();
      for (String u : units.keySet()) {
        names.add(u.isEmpty() ? "\"\"" : u); // a bare number's unit is the empty string
      }
      int second = new ArrayList<>(units.values()).get(1);
      throw new IllegalArgumentException(
          "mixed units"
              + where
              + ": "
              + String.join(", ", names)
              + " (item "
              + second
              + " is in "
              + names.get(1)
              + ")");
    }
    return units.keySet().iterator().next();
  }
}
