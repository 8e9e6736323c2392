package io.github.zhibiao.stats;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.zhibiao.Indicator;
import io.github.zhibiao.Span;
import java.math.BigDecimal;

/**
 * One figure that went into a {@link Total}, with what it added: the provenance an editor reads to
 * see why 海南 is 640亿元 (298亿元 + 342亿元).
 *
 * <pre>{@code
 * Contribution c = total.contributions().get(0);
 * c.source();   // "seeds/000.txt"
 * c.span();     // [5144, 5150)
 * c.text();     // "298亿元"
 * c.value();    // 29800000000, in the total's unit
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; treat as a value type.
 *
 * @param source the name of the document the figure is in (a file name), or {@code ""}
 * @param indicator the figure, counted once however often the text repeats it
 * @param value the stated figure in the total's unit (converted if the caller asked for one unit),
 *     or null for a range
 * @param low what it adds to the total's lower bound, or null if it leaves it open ({@code 不到})
 * @param high what it adds to the total's upper bound, or null if it leaves it open ({@code 超过})
 */
public record Contribution(
    String source, Indicator indicator, BigDecimal value, BigDecimal low, BigDecimal high) {

  /** Checks the arguments. */
  public Contribution {
    checkNotNull(source, "source");
    checkNotNull(indicator, "indicator");
  }

  /** The figure's primary span in its document. */
  public Span span() {
    return indicator.span();
  }

  /** The figure as written, such as {@code 超过1070亿元}. */
  public String text() {
    return indicator.text();
  }
}
