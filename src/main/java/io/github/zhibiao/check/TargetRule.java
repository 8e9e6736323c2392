package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * B2: a completion rate against the target the article states. {@code 已完成198个，达年度目标任务的99%}
 * implies a target of 200; with {@code 年度目标220个} elsewhere in the paragraph the rate should be 90%.
 *
 * <p>Precision guard: the rate follows the completed count directly ({@code ，达…目标…的}); a
 * target is a figure of the same unit in the same paragraph (within {@value #REACH} characters)
 * whose own clause names it ({@code 目标}, {@code 计划}, {@code 任务}). If any figure of that unit
 * nearby fits the rate, the article is taken to be consistent. With no stated target nothing is
 * reported: an implied target alone is not a problem.
 */
final class TargetRule extends CatalogueRule {
  private static final int REACH = 400;
  private static final int MAX_CANDIDATES = 24;
  private static final Pattern RATE_OF_TARGET = Pattern.compile(
      "[，,]?(?:达|达到|完成|占|为|相当于)?了?[\\p{IsHan}]{0,6}(?:目标|计划)[\\p{IsHan}]{0,3}的(?:比例为)?");
  private static final Pattern TARGET_WORD = Pattern.compile("目标|计划|任务");

  TargetRule() {
    super("B2", Severity.WARNING);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    List<Quantity> qs = c.quantities();
    for (int r = 1; r < qs.size(); r++) {
      Quantity rate = qs.get(r);
      Quantity done = qs.get(r - 1);
      if (!Figures.isPercent(rate) || !Figures.exact(rate) || rate.value().signum() <= 0) continue;
      if (!Figures.exact(done) || !Figures.isLevel(done)) continue;
      String mid = Figures.between(c, r - 1, r);
      if (mid == null || !RATE_OF_TARGET.matcher(mid).matches()) continue;
      int d = Figures.decimals(c, r);
      int para0 = c.structure.paragraphStart(c.start(r));
      int para1 = c.structure.paragraphEnd(c.start(r));
      boolean agrees = false;
      int target = -1;
      int seen = 0;
      for (int step = 1; step <= MAX_CANDIDATES && !agrees; step++) {
        for (int k : new int[] {r - 1 - step, r - 1 + step}) {
          if (k < 0 || k >= qs.size() || k == r || k == r - 1) continue;
          Quantity t = qs.get(k);
          int at = c.start(k);
          if (at < para0 || at >= para1 || Math.abs(at - c.start(r)) > REACH) continue;
          if (t.value() == null || !Figures.sameUnit(t, done) || t.value().signum() <= 0) continue;
          seen++;
          BigDecimal computed = done.value().multiply(Figures.HUNDRED).divide(t.value(), Figures.MC);
          if (Figures.rounds(computed, rate.value(), d) != Figures.Match.WRONG) {
            agrees = true;
            break;
          }
          if (target < 0 && Figures.exact(t)
              && TARGET_WORD.matcher(Figures.clauseBefore(c, k, 12)).find()) {
            target = k;
          }
        }
      }
      if (agrees || target < 0 || seen == 0) continue;
      Quantity t = qs.get(target);
      BigDecimal computed = done.value().multiply(Figures.HUNDRED).divide(t.value(), Figures.MC);
      BigDecimal implied = done.value().multiply(Figures.HUNDRED).divide(rate.value(), Figures.MC);
      String right = Figures.fmt(computed, d) + "%";
      out.add(c.finding(id(), Severity.WARNING, c.start(r), c.end(r),
          "完成率应为" + right + "（" + Figures.plain(done.value()) + "/" + Figures.plain(t.value())
              + "，目标见" + Figures.slice(c, target) + "），文中为" + Figures.plain(rate.value())
              + "%；按文中比例推算目标应为" + Figures.fmt(implied, 1).replaceAll("\\.0$", ""),
          right));
    }
  }
}
