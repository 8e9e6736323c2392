package io.github.zhibiao.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.zhibiao.IndicatorType;
import java.math.BigDecimal;
import java.util.List;

/**
 * The sum of the figures of one type, one group, one scope and one unit, with bounds on the true
 * total and the figures it was made from; made by {@link Totals}.
 *
 * <pre>{@code
 * // 海南…总投资298亿元，…总投资342亿元；广西…总投资约2262亿元
 * Total t = totals.get(0);
 * t.key();            // "海南"
 * t.value();          // 64000000000   (298亿元 + 342亿元, as stated)
 * t.low(); t.high();  // 64000000000, 64000000000
 * t.bound();          // EXACT
 * t.count();          // 2
 * }</pre>
 *
 * <p>{@code value} is the sum of the figures as the text states them; {@code low} and {@code high}
 * bound the true total, null meaning open. Exact and approximate figures add to all three; {@code
 * 超过}/{@code 以上} figures add to {@code low} and leave {@code high} open; {@code 不到}/{@code 以下}
 * figures add to {@code high} and leave {@code low} open; a range adds its ends to {@code low} and
 * {@code high} and makes {@code value} null (no single figure was stated). {@link #bound()} says
 * which case the result is in, and {@link #approximate()} whether any figure was approximate.
 *
 * <p>Instances are immutable and thread-safe; treat as a value type.
 *
 * @param key the group, such as {@code 海南}; {@link Grouping#NONE} ({@code ""}) for the figures
 *     with no province (or no place, or no region)
 * @param type the indicator type summed
 * @param scope whole amounts or one-year parts (never added together)
 * @param unit the unit of every value, such as {@code 元}
 * @param value the sum of the figures as stated, or null if a figure is a range
 * @param low the lower bound of the true total, or null if open
 * @param high the upper bound of the true total, or null if open
 * @param bound what {@code low} and {@code high} mean
 * @param approximate whether any figure was approximate (约, 近, 左右, 二三十)
 * @param contributions the figures added, in input order; never empty
 */
public record Total(
    String key,
    IndicatorType type,
    Scope scope,
    String unit,
    BigDecimal value,
    BigDecimal low,
    BigDecimal high,
    Bound bound,
    boolean approximate,
    List<Contribution> contributions) {

  /** Checks the arguments and copies the contributions. */
  public Total {
    checkNotNull(key, "key");
    checkNotNull(type, "type");
    checkNotNull(scope, "scope");
    checkNotNull(unit, "unit");
    checkNotNull(bound, "bound");
    checkNotNull(contributions, "contributions");
    contributions = ImmutableList.copyOf(contributions);
    checkArgument(!contributions.isEmpty(), "a total of no figures");
    checkArgument(value != null || (bound != Bound.EXACT && bound != Bound.APPROX),
        "an %s total needs a value", bound);
  }

  /** Returns the number of figures added. */
  public int count() {
    return contributions.size();
  }

  /**
   * Returns the qualifier as printed by the CLI: the {@linkplain Bound#id() bound's id}, prefixed
   * {@code approx } when an approximate figure went into a bound ({@code approx more_than}).
   */
  public String qualifier() {
    return approximate && bound != Bound.APPROX && bound != Bound.EXACT
        ? "approx " + bound.id()
        : bound.id();
  }
}
