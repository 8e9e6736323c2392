package io.github.zhibiao;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A canonical unit, such as {@code 元}, {@code 亩}, {@code %} or {@code 百分点}.
 *
 * <p>Magnitudes are folded into the value, never kept in the unit: {@code 2262亿元} is 226200000000
 * {@code 元}; {@code 120万千瓦} is 1200000 {@code 千瓦}. Synonyms share one canonical symbol ({@code
 * 千米} and {@code 公里} are both {@code 公里}). Units are never converted into each other ({@code 公顷}
 * stays {@code 公顷}); that is the caller's decision.
 *
 * <p>Instances are immutable and thread-safe; treat as a value type.
 *
 * @param symbol the canonical symbol, such as {@code 元}; empty only for {@link #NONE}
 * @param dimension what the unit measures
 */
public record Unit(String symbol, Dimension dimension) {

  /** The unit of a bare number: empty symbol, {@link Dimension#NONE}. */
  public static final Unit NONE = new Unit("", Dimension.NONE);

  /** Percent, the unit of {@code %}, {@code 成}, {@code 折}, {@code 百分之} and fractions. */
  public static final Unit PERCENT = new Unit("%", Dimension.PERCENT);

  /** Multiples: {@code 倍} and {@code 翻番}. */
  public static final Unit MULTIPLE = new Unit("倍", Dimension.MULTIPLE);

  /** Checks that the symbol is empty exactly when the dimension is {@link Dimension#NONE}. */
  public Unit {
    checkNotNull(symbol, "symbol");
    checkNotNull(dimension, "dimension");
    checkArgument(
        symbol.isEmpty() == (dimension == Dimension.NONE),
        "symbol '%s' does not fit dimension %s",
        symbol,
        dimension);
  }

  /** Returns the symbol. */
  @Override
  public String toString() {
    return symbol;
  }
}
