package io.github.zhibiao.stats;

import java.util.List;
import java.util.Locale;

/**
 * Whether a figure is a whole amount or the part of one that falls in a single year; figures of the
 * two scopes are never added together, because the second is usually part of the first.
 *
 * <pre>{@code
 * 项目总投资300亿元，其中年度计划投资50亿元
 *   300亿元: metric 项目总投资   → WHOLE
 *   50亿元:  metric 年度计划投资 → ANNUAL (and part of the 300亿元 as well, see Totals)
 * }</pre>
 *
 * <p>The scope is read from the figure's {@linkplain io.github.zhibiao.Indicator#metric() metric}:
 * a metric containing one of {@link #ANNUAL_WORDS} is {@link #ANNUAL}. The period the text gives
 * ({@code 今年1~5月}) is not used: a batch's 总投资 stated in a dated report is still whole.
 */
public enum Scope {
  /** A whole amount: 总投资, 完成投资, 固定资产投资. */
  WHOLE,
  /** A one-year part: 年度计划投资, 本年完成投资, 当年投资, 年内投资. */
  ANNUAL;

  /** The words that make a metric {@link #ANNUAL}. */
  public static final List<String> ANNUAL_WORDS = List.of("年度", "本年", "当年", "年内");

  /** Returns the scope of a metric: {@link #ANNUAL} if it contains an annual word. */
  public static Scope of(String metric) {
    for (String w : ANNUAL_WORDS) {
      if (metric.contains(w)) return ANNUAL;
    }
    return WHOLE;
  }

  /** Returns the lower-case id used in CLI output: {@code whole} or {@code annual}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
