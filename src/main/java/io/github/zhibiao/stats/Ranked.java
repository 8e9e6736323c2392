package io.github.zhibiao.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * One place in a ranking made by {@link Statistics#rank}: the key, its exact value and its rank.
 *
 * <pre>{@code
 * Statistics.rank(gdp, Gdp::province, Gdp::value, Gdp::unit);
 * // [Ranked[rank=1, key=广东, value=12.9万亿, …], Ranked[rank=2, key=江苏, …], …]
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; treat as a value type.
 *
 * @param rank the competition rank, from 1; tied values share a rank and the next rank is skipped
 *     (1, 2, 2, 4)
 * @param key what is ranked, for example a province
 * @param value the exact value it is ranked by
 * @param unit the unit of {@code value}, the same for every entry of one ranking
 * @param <K> the type of the keys
 */
public record Ranked<K>(int rank, K key, BigDecimal value, String unit) {

  /** Checks the arguments. */
  public Ranked {
    checkArgument(rank >= 1, "rank must be >= 1: %s", rank);
    checkNotNull(key, "key");
    checkNotNull(value, "value");
    checkNotNull(unit, "unit");
  }
}
