package io.github.zhibiao;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * A figure found in text: an exact value with its unit, qualifier and bounds, and where it stands.
 *
 * <p>The value is exact and has its magnitude folded in. The span refers to the caller's original
 * text and {@link #text()} is the verbatim slice, qualifiers included:
 *
 * <pre>{@code
 * String text = "完成投资额4400余万\n\n元，同比增长２８．９％";
 * List<Quantity> qs = Zhibiao.create().findQuantities(text);
 * qs.get(0).text();       // "4400余万\n\n元"  (the column break is inside the span)
 * qs.get(0).value();      // 44000000
 * qs.get(0).unit();       // 元
 * qs.get(0).qualifier();  // MORE_THAN, so low() is 44000000 and high() is null
 * qs.get(1).text();       // "２８．９％"  (still full-width: it is the original slice)
 * qs.get(1).value();      // 28.9, unit %
 * }</pre>
 *
 * <p><b>Ranges.</b> {@code 30万～50万元} has {@code low = 300000}, {@code high = 500000} and a null
 * {@code value}: the text states no single figure, and zhibiao does not invent one. Approximate
 * numerals such as {@code 二三十个} are ranges too, with qualifier {@link Qualifier#APPROX}.
 *
 * <p><b>Bounds.</b> For a single figure, {@code low} and {@code high} follow the qualifier: a lower
 * bound ({@code 以上}, {@code 超过}, {@code 余}) sets {@code low}, an upper bound ({@code 以下}, {@code
 * 不足}) sets {@code high}; exact and approximate figures have neither.
 *
 * <p><b>Repeating fractions.</b> {@code 三分之二} is 66.6666666667% (rounded half-even to ten decimal
 * places); every other form is represented exactly.
 *
 * <p>Instances are immutable and thread-safe; treat as a value type.
 *
 * @param span where the figure stands in the caller's text
 * @param text the verbatim slice of the caller's text, equal to {@code span.slice(originalText)}
 * @param value the figure in {@code unit}, magnitude folded; null for a range
 * @param low the lower end of a range or lower bound, else null
 * @param high the upper end of a range or upper bound, else null
 * @param unit the canonical unit; {@link Unit#NONE} for a bare number
 * @param unitText the unit as written after the number, magnitude included ({@code 亿元}, {@code
 *     个百分点}), or empty
 * @param qualifier what the text says about the figure's exactness
 */
public record Quantity(
    Span span,
    String text,
    BigDecimal value,
    BigDecimal low,
    BigDecimal high,
    Unit unit,
    String unitText,
    Qualifier qualifier) {

  /** Checks the invariants: a value or a range, and a text as long as the span. */
  public Quantity {
    checkNotNull(span, "span");
    checkNotNull(text, "text");
    checkNotNull(unit, "unit");
    checkNotNull(unitText, "unitText");
    checkNotNull(qualifier, "qualifier");
    checkArgument(text.length() == span.length(), "text '%s' does not fit span %s", text, span);
    checkArgument(
        value != null || (low != null && high != null), "neither a value nor a range: %s", text);
  }

  /** Returns whether the text states a range ({@code 3至5年}, {@code 二三十个}) rather than one figure. */
  public boolean isRange() {
    return value == null;
  }
}
