package io.github.zhibiao;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;

/**
 * A typed figure: what it measures, its signed value, the time and place it belongs to, and
 * whether it is a fact, a plan, a target or a threshold.
 *
 * <pre>{@code
 * Document d = zhibiao.extract("广西：全区重大项目总投资约2262亿元，同比增长8.5%。");
 * Indicator i = d.indicators().get(0);
 * i.type();       // INVESTMENT
 * i.metric();     // "重大项目总投资"
 * i.value();      // 226200000000 (元)
 * i.province();   // "广西"
 * d.indicators().get(1).type();    // GROWTH_RATE, value 8.5, base "同比"
 * }</pre>
 *
 * <p>A figure written twice, in a headline and in the body, is one indicator: {@link #quantity()}
 * is the body's mention and {@link #mentions()} lists every span, the primary one first, so that
 * nothing downstream counts it twice.
 *
 * @param type what the figure measures
 * @param quantity the primary mention as found (unsigned, as written)
 * @param value the signed value in {@code quantity().unit()}; null for a range (see low/high)
 * @param low the signed lower bound, or null if open
 * @param high the signed upper bound, or null if open
 * @param metric the noun phrase from the text that names what is measured, or "" if none
 * @param base what a change or a share is relative to (同比, 比上年, 全省), or null
 * @param period the time the figure refers to, or null if the text gives none nearby
 * @param status fact, plan, target or threshold
 * @param place the most specific place the figure belongs to, or null (national, several
 *     provinces, or unknown)
 * @param mentions every span where this figure is written, the primary one first
 */
public record Indicator(
    IndicatorType type,
    Quantity quantity,
    BigDecimal value,
    BigDecimal low,
    BigDecimal high,
    String metric,
    String base,
    Period period,
    Status status,
    Place place,
    List<Span> mentions) {

  /** Checks the arguments and copies the mentions. */
  public Indicator {
    checkNotNull(type, "type");
    checkNotNull(quantity, "quantity");
    checkNotNull(metric, "metric");
    checkNotNull(status, "status");
    checkNotNull(mentions, "mentions");
    mentions = ImmutableList.copyOf(mentions);
    checkArgument(!mentions.isEmpty() && mentions.get(0).equals(quantity.span()),
        "mentions must start with the quantity's span");
  }

  /** The primary mention's span in the original text. */
  public Span span() {
    return quantity.span();
  }

  /** The primary mention's original text. */
  public String text() {
    return quantity.text();
  }

  /** The unit of {@link #value()}. */
  public Unit unit() {
    return quantity.unit();
  }

  /** The short name of the province ({@code 广西}, {@code 内蒙古}, {@code 北京}), or null. */
  public String province() {
    return place == null ? null : place.province();
  }

  /** The GB/T 2260 code of the province ({@code 450000}), or null. */
  public String provinceCode() {
    return place == null ? null : place.provinceCode();
  }
}
