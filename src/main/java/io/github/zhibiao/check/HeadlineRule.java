package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Indicator;
import io.github.zhibiao.Severity;
import io.github.zhibiao.indicator.Rounding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * C1: a headline figure the body contradicts. Headline {@code 天津：外贸进出口总值同比增长28.9%} and body
 * {@code 天津外贸进出口总值同比下降28.9%} (direction) or {@code …同比增长27.9%} (value).
 *
 * <p>{@code Zhibiao.extract} already merges a headline figure the body repeats into one indicator
 * with two mentions, so only headline indicators with one mention are read. Precision guard: the
 * body indicator agrees in type, unit, status, province and base, its metric is the headline's or
 * contains it (or the reverse; GDP and 地区生产总值 are one metric), their periods do not differ,
 * both are exact, no body indicator of that kind has the headline's value or one the headline rounds ({@code 3.2万亿元} over {@code
 * 31964亿元}: {@link Rounding#rounds}), and all those that contradict it agree with each other. A
 * headline figure with no body figure at all is not reported: weekly round-ups list items whose
 * figures are elsewhere. A 万/亿 slip is C3's.
 */
final class HeadlineRule extends CatalogueRule {
  private static final int MAX_BODY = 2000;

  HeadlineRule() {
    super("C1", Severity.ERROR);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    List<Indicator> heads = new ArrayList<>();
    List<Indicator> body = new ArrayList<>();
    java.util.Set<io.github.zhibiao.Span> moving = c.moving();
    for (Indicator i : c.indicators()) {
      if (moving.contains(i.span())) continue;
      boolean head = c.structure.inHeadline(c.normalized.toNormalized(i.span().start()));
      if (head && i.mentions().size() == 1) {
        heads.add(i);
      } else if (!head && body.size() < MAX_BODY) {
        body.add(i);
      }
    }
    // Each body figure is compared with every headline figure: clean its metric and period once.
    Compared[] bodies = new Compared[body.size()];
    for (int k = 0; k < bodies.length; k++) bodies[k] = Compared.of(body.get(k));
    for (Indicator head : heads) {
      Compared hc = Compared.of(head);
      if (hc == null) continue;
      Indicator h = hc.indicator;
      Indicator contradiction = null;
      boolean supported = false;
      boolean mixed = false;
      for (Compared bc : bodies) {
        if (bc == null || !sameFigure(hc, bc)) continue;
        Indicator b = bc.indicator;
        // 3.2万亿元 over 31964亿元, 426亿元 over 426.5亿元: a headline may round the body
        if (b.value().compareTo(h.value()) == 0 || (b.value().signum() == h.value().signum()
            && Rounding.rounds(h.quantity(), b.value()))) {
          supported = true;
          break;
        }
        if (Mentions.magnitudeSlip(h.value(), b.value())) continue;
        if (contradiction == null) {
          contradiction = b;
        } else if (contradiction.value().compareTo(b.value()) != 0) {
          mixed = true;
        }
      }
      if (supported || mixed || contradiction == null) continue;
      boolean direction = contradiction.value().abs().compareTo(h.value().abs()) == 0;
      String message = direction
          ? "标题与正文方向相反：标题为" + describe(h) + "，正文为" + describe(contradiction)
          : "标题与正文数值不符：标题为" + h.text().strip() + "，正文为" + contradiction.text().strip();
      out.add(c.finding(id(), Severity.ERROR, h.span(), message,
          direction ? null : contradiction.text().strip()));
    }
  }

  private static String describe(Indicator i) {
    return (i.value().signum() < 0 ? "下降" : "增长") + i.text().strip();
  }

  /** An indicator the C rules compare, with its metric and period cleaned up. */
  private record Compared(Indicator indicator, String metric, String period) {
    /** Null if the indicator has no {@link Mentions#key}. */
    static Compared of(Indicator i) {
      if (Mentions.key(i) == null) return null;
      return new Compared(i, sameGdp(Mentions.metric(i)), Mentions.period(i.period()));
    }
  }

  /** The names of GDP, one metric for a headline and its body (GDP over 地区生产总值). */
  private static final java.util.Set<String> GDP = java.util.Set.of("GDP", "地区生产总值",
      "国内生产总值", "生产总值", "全省GDP", "全市GDP", "全省地区生产总值", "全市地区生产总值");

  private static String sameGdp(String metric) {
    return GDP.contains(metric) ? "地区生产总值" : metric;
  }

  private static boolean sameFigure(Compared hc, Compared bc) {
    Indicator h = hc.indicator;
    Indicator b = bc.indicator;
    if (h.type() != b.type() || !h.unit().equals(b.unit()) || h.status() != b.status()) return false;
    if (!Objects.equals(h.province(), b.province())) return false;
    if (!Objects.equals(h.base(), b.base())) return false;
    String hp = hc.period;
    String bp = bc.period;
    if (!hp.isEmpty() && !bp.isEmpty() && !hp.equals(bp)) return false;
    String hm = hc.metric;
    String bm = bc.metric;
    return hm.equals(bm) || (hm.length() >= 2 && bm.contains(hm))
        || (bm.length() >= 2 && hm.contains(bm));
  }
}
