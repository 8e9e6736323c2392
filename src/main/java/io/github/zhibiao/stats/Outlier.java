package io.github.zhibiao.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * One item that a {@link Summary} flags as an outlier, with its exact value.
 *
 * <pre>{@code
 * Summary<BigDecimal> s = Statistics.describe(values, "亿元");   // 1, 2, 3, 4, 5, 6, 7, 8, 9, 100
 * s.iqrOutliers();   // [Outlier[index=9, item=100, value=100]]
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; treat as a value type.
 *
 * @param index the item's position in the collection passed to {@link Statistics}, from 0
 * @param item the item itself
 * @param value the item's value, exactly as the value function returned it
 * @param <T> the type of the items
 */
public record Outlier<T>(int index, T item, BigDecimal value) {

  /** Checks the arguments. */
  public Outlier {
    checkArgument(index >= 0, "index must be >= 0: %s", index);
    checkNotNull(item, "item");
    checkNotNull(value, "value");
  }
}
