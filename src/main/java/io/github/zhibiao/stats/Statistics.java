package io.github.zhibiao.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Descriptive statistics and rankings over exact figures: the entry point of this package.
 *
 * <p>Every method takes a collection of items of any type and functions that read each item's exact
 * value and unit, so that it works on quantities, indicators or plain {@link BigDecimal}s. A
 * summary is made of one unit only: values in different units are refused, never converted.
 *
 * <pre>{@code
 * List<Quantity> qs = Zhibiao.create().findQuantities("投资1.2亿元、3400万元和5000万元");
 * Summary<Quantity> s = Statistics.describe(qs, Quantity::value, q -> q.unit().symbol());
 * s.sum();       // 204000000  (exact: 120000000 + 34000000 + 50000000)
 * s.median();    // 5.0E7
 * s.unit();      // "元"
 * }</pre>
 *
 * <p>Failures, all thrown before anything is computed: an empty collection is an {@link
 * IllegalArgumentException} ({@code describe} only); a null item, value, unit or key is a {@link
 * NullPointerException} naming the item's index (its position in iteration order, from 0); more
 * than one unit is an {@link IllegalArgumentException} naming every unit found, for example {@code
 * mixed units: 元, 美元 (item 2 is in 美元)}. The definitions of the statistics are pinned in {@link
 * Summary}.
 *
 * <p>This class has only static methods and is thread-safe. The functions are called once per item.
 */
public final class Statistics {
  private Statistics() {}

  /**
   * Describes items by the value and unit read from each.
   *
   * @param items the items, not empty; read once, in iteration order
   * @param value reads an item's exact value, never null
   * @param unit reads an item's unit, never null; every item must have the same one
   * @param <T> the type of the items
   * @return the summary, which keeps the items to report outliers
   * @throws IllegalArgumentException if {@code items} is empty, or has more than one unit, or a
   *     value is beyond the range of {@code double}
   * @throws NullPointerException if an argument, an item, a value or a unit is null
   */
  public static <T> Summary<T> describe(
      Collection<? extends T> items,
      Function<? super T, ? extends BigDecimal> value,
      Function<? super T, String> unit) {
    checkArguments(items, value, unit);
    checkArgument(!items.isEmpty(), "no values to describe: a summary needs at least one");
    Column<T> column = new Column<>();
    int index = 0;
    for (T item : items) {
      column.add(Column.read(index++, item, value, unit));
    }
    return new Summary<>(column, column.unit(""));
  }

  /**
   * Describes plain values, all in one unit.
   *
   * <pre>{@code
   * Statistics.describe(List.of(new BigDecimal("0.1"), new BigDecimal("0.2")), "%").sum();  // 0.3
   * }</pre>
   *
   * @param values the values, not empty, none null
   * @param unit the unit of every value, not null ({@code ""} for bare numbers)
   * @throws IllegalArgumentException if {@code values} is empty or a value is beyond the range of
   *     {@code double}
   * @throws NullPointerException if an argument or a value is null
   */
  public static Summary<BigDecimal> describe(Collection<? extends BigDecimal> values, String unit) {
    checkNotNull(values, "values");
    checkNotNull(unit, "unit");
    return describe(values, Function.identity(), v -> unit);
  }

  /**
   * Describes items group by group, for example indicator values by province.
   *
   * <p>The map iterates in the order in which each key first appears among the items, and is
   * immutable. Units are checked within each group: two groups may be in different units (grouping
   * by unit is allowed), but one group may not mix them ({@code mixed units in group 河南: …}).
   * Indices in messages and in {@link Outlier#index()} are positions in {@code items}.
   *
   * @param items the items; an empty collection gives an empty map
   * @param key reads an item's group, never null; keys are compared with {@code equals}
   * @param value reads an item's exact value, never null
   * @param unit reads an item's unit, never null
   * @param <T> the type of the items
   * @param <K> the type of the group keys
   * @throws IllegalArgumentException if a group has more than one unit, or a value is beyond the
   *     range of {@code double}
   * @throws NullPointerException if an argument, an item, a key, a value or a unit is null
   */
  public static <T, K> Map<K, Summary<T>> describeBy(
      Collection<? extends T> items,
      Function<? super T, ? extends K> key,
      Function<? super T, ? extends BigDecimal> value,
      Function<? super T, String> unit) {
    checkArguments(items, value, unit);
    checkNotNull(key, "key");
    Map<K, Column<T>> groups = new LinkedHashMap<>();
    int index = 0;
    for (T item : items) {
      Column.Reading<T> r = Column.read(index, item, value, unit);
      K k = keyOf(key, item, index++);
      groups.computeIfAbsent(k, x -> new Column<>()).add(r);
    }
    ImmutableMap.Builder<K, Summary<T>> result = ImmutableMap.builder();
    for (Map.Entry<K, Column<T>> g : groups.entrySet()) {
      Column<T> column = g.getValue();
      result.put(g.getKey(), new Summary<>(column, column.unit(" in group " + g.getKey())));
    }
    return result.buildOrThrow();
  }

  /**
   * Ranks keys by value, largest first, with competition ranking: tied values (equal by {@link
   * BigDecimal#compareTo}, so 5 and 5.0 tie) share the better rank and the next rank is skipped,
   * giving 1, 2, 2, 4. Tied entries keep their input order.
   *
   * <pre>{@code
   * // 广东 5, 江苏 3, 山东 3, 浙江 2 (亿元)
   * Statistics.rank(rows, Row::province, Row::value, Row::unit);
   * // 1 广东 5, 2 江苏 3, 2 山东 3, 4 浙江 2
   * }</pre>
   *
   * <p>Each key may appear once: values are not added up here (sum them first, or describe them
   * with {@link #describeBy}).
   *
   * @param items the items; an empty collection gives an empty list
   * @param key reads what is ranked, for example a province, never null
   * @param value reads the exact value it is ranked by, never null
   * @param unit reads the unit, never null; every item must have the same one
   * @param <T> the type of the items
   * @param <K> the type of the keys
   * @return the ranking, immutable
   * @throws IllegalArgumentException if a key appears twice, or the items have more than one unit
   * @throws NullPointerException if an argument, an item, a key, a value or a unit is null
   */
  public static <T, K> List<Ranked<K>> rank(
      Collection<? extends T> items,
      Function<? super T, ? extends K> key,
      Function<? super T, ? extends BigDecimal> value,
      Function<? super T, String> unit) {
    checkArguments(items, value, unit);
    checkNotNull(key, "key");
    if (items.isEmpty()) {
      return ImmutableList.of();
    }
    Column<K> column = new Column<>();
    Map<K, Integer> seen = new HashMap<>();
    int index = 0;
    for (T item : items) {
      Column.Reading<T> r = Column.read(index, item, value, unit);
      K k = keyOf(key, item, index);
      Integer before = seen.putIfAbsent(k, index);
      checkArgument(before == null, "duplicate key %s: items %s and %s", k, before, index);
      column.add(new Column.Reading<>(index++, k, r.value(), r.unit()));
    }
    String u = column.unit("");
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < column.size(); i++) order.add(i);
    // List.sort is stable: tied entries stay in input order.
    order.sort(Comparator.comparing((Integer i) -> column.values.get(i)).reversed());
    ImmutableList.Builder<Ranked<K>> ranking = ImmutableList.builder();
    int rank = 0;
    BigDecimal previous = null;
    for (int place = 0; place < order.size(); place++) {
      BigDecimal v = column.values.get(order.get(place));
      if (previous == null || v.compareTo(previous) != 0) {
        rank = place + 1;
      }
      previous = v;
      ranking.add(new Ranked<>(rank, column.items.get(order.get(place)), v, u));
    }
    return ranking.build();
  }

  private static void checkArguments(Collection<?> items, Object value, Object unit) {
    checkNotNull(items, "items");
    checkNotNull(value, "value");
    checkNotNull(unit, "unit");
  }

  private static <T, K> K keyOf(Function<? super T, ? extends K> key, T item, int index) {
    K k = key.apply(item);
    if (k == null) {
      throw new NullPointerException("key of item " + index + " is null");
    }
    return k;
  }
}
