package io.github.zhibiao.check;

import io.github.zhibiao.Indicator;
import io.github.zhibiao.IndicatorType;
import io.github.zhibiao.Period;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What makes two indicators the same figure stated twice, for the C rules: the same type, unit,
 * status, place, base and period, and the same metric phrase (leading scope words such as {@code
 * 全年}, {@code 累计}, {@code 共} dropped).
 */
final class Mentions {
  private static final BigDecimal WAN = BigDecimal.TEN.pow(4);
  private static final BigDecimal YI = BigDecimal.TEN.pow(8);

  private Mentions() {}

  /** The spans of the two ends of every move ({@code 由5.2%降至4.8%}): two times, not one figure. */
  static java.util.Set<io.github.zhibiao.Span> moving(CheckContext c) {
    if (c.moves().isEmpty()) return java.util.Set.of(); // most texts: no table to make
    java.util.Set<io.github.zhibiao.Span> out = new java.util.HashSet<>();
    for (Moves.Move m : c.moves()) {
      out.add(c.quantities().get(m.a()).span());
      out.add(c.quantities().get(m.b()).span());
    }
    return out;
  }

  /**
   * Calls {@code pair} with (first, later) for every later indicator whose key an earlier one
   * already had, in text order; the ends of a move and, unless asked, headline figures are left
   * out. Linear: one pass with a map from key to the first indicator.
   */
  static void repeats(CheckContext c, boolean headlines,
      java.util.function.BiConsumer<Indicator, Indicator> pair) {
    repeats(c, headlines, true, pair);
  }

  /**
   * As {@link #repeats(CheckContext, boolean, java.util.function.BiConsumer)}, the unit left out
   * of the key when {@code byUnit} is false (C4 compares the units of one indicator).
   */
  static void repeats(CheckContext c, boolean headlines, boolean byUnit,
      java.util.function.BiConsumer<Indicator, Indicator> pair) {
    java.util.Map<String, Indicator> first = new java.util.HashMap<>();
    java.util.Set<io.github.zhibiao.Span> moving = c.moving();
    for (Indicator i : c.indicators()) {
      if (moving.contains(i.span())) continue;
      if (!headlines && c.structure.inHeadline(c.normalized.toNormalized(i.span().start()))) {
        continue;
      }
      String key = key(i, byUnit);
      if (key == null) continue;
      Indicator f = first.putIfAbsent(key, i);
      if (f != null) pair.accept(f, i);
    }
  }

  /** The key of an indicator, or null if it is not one the C rules compare. */
  static String key(Indicator i) {
    return key(i, true);
  }

  /** {@link #key(Indicator)}, without the unit when {@code byUnit} is false. */
  static String key(Indicator i, boolean byUnit) {
    if (i.value() == null || i.quantity().qualifier() != io.github.zhibiao.Qualifier.EXACT) {
      return null;
    }
    if (i.status() == io.github.zhibiao.Status.THRESHOLD) return null; // 最高额度30万元/50万元: classes
    IndicatorType t = i.type();
    if (t == IndicatorType.DURATION || t == IndicatorType.OTHER) return null;
    String metric = metric(i);
    if (metric.length() < 3) return null; // 任务, 学校, 企业: too generic to be one figure
    return t + "|" + (byUnit ? i.unit().symbol() : "") + "|" + i.status() + "|" + (i.place() == null ? "" : i.place().code())
        + "|" + Objects.toString(i.base(), "") + "|" + period(i.period()) + "|" + metric;
  }

  /** Scope words dropped from the front of a metric, tried in this order (共计 before 共). */
  private static final java.util.List<String> LEADING =
      java.util.List.of("全年", "累计", "共计", "共", "合计", "全省", "全市", "全区", "本次", "其中", "今年", "当年");
  /** Particles dropped from the end of a metric (达到 is the only word of two: no ambiguity). */
  private static final java.util.List<String> TRAILING = java.util.List.of("中", "的", "为", "达", "达到", "有");

  /**
   * The metric without white space, leading scope words and trailing particles: {@code 全年累计完成投资达}
   * → {@code 完成投资}. Hand-written rather than three regular expressions: this runs for every
   * indicator of every checked text. (It differs from {@code (?:…)+$} only on a metric ending in
   * U+0085, U+2028 or U+2029, before which {@code $} also matched; metrics never hold them.)
   */
  static String metric(Indicator i) {
    return metric(i.metric());
  }

  static String metric(String written) {
    String m = withoutSpace(written);
    int from = 0;
    boolean more = true;
    while (more) {
      more = false;
      for (String w : LEADING) {
        if (m.startsWith(w, from)) {
          from += w.length();
          more = true;
          break;
        }
      }
    }
    int to = m.length();
    more = true;
    while (more) {
      more = false;
      for (String w : TRAILING) {
        if (to - w.length() >= from && m.startsWith(w, to - w.length())) {
          to -= w.length();
          more = true;
          break;
        }
      }
    }
    return m.substring(from, to);
  }

  static String period(Period p) {
    return p == null ? "" : withoutSpace(p.text());
  }

  /** {@code s} without the characters of the regular-expression class {@code \s}. */
  static String withoutSpace(String s) {
    int k = 0;
    while (k < s.length() && !isSpace(s.charAt(k))) k++;
    if (k == s.length()) return s;
    StringBuilder b = new StringBuilder(s.length()).append(s, 0, k);
    for (; k < s.length(); k++) {
      char c = s.charAt(k);
      if (!isSpace(c)) b.append(c);
    }
    return b.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Whether a/b is 10⁴ or 10⁸ (either way round): a 万/亿 slip. */
  static boolean magnitudeSlip(BigDecimal a, BigDecimal b) {
    if (a.signum() == 0 || b.signum() == 0) return false;
    BigDecimal big = a.abs().max(b.abs());
    BigDecimal small = a.abs().min(b.abs());
    return big.compareTo(small.multiply(WAN)) == 0 || big.compareTo(small.multiply(YI)) == 0;
  }
}
