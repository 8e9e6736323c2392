package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * B1: a stated share against its part and whole. {@code 450项任务中已完成或基本完成的有413项，占比达到93.8%}
 * is an error: 413/450 = 91.78%, so the share is 91.8%.
 *
 * <p>Precision guard: the three figures are consecutive in one sentence, the whole and the part
 * have the same unit and are exact, the part is introduced as a part of the whole ({@code 450项任务中…},
 * {@code 其中}), and only share words stand between the part and the percentage ({@code 占比达到},
 * {@code 占总数的}); {@code 占全市的30%} (a share of something else) is not read.
 */
final class ShareRule extends CatalogueRule {
  /** Between whole and part: {@code 任务中已完成…的有}, {@code ，其中}. Not 中央, 中国, 中心, 中小. */
  static final Pattern PART_OF =
      Pattern.compile("^[^，。；,;：:\\d]{0,12}?中(?![央国心小型部])|其中");

  /** Between part and share: 占比达到, 所占比例为, 占总数的, 占全部任务的, 完成率. */
  private static final Pattern SHARE_WORDS = Pattern.compile(
      "[，,]?(?:其中)?(?:占比|所占比例|所占比重|比例|比重|占比重|完成率|完成比例"
          + "|占(?:全部|所有|总)[\\p{IsHan}]{0,5}的|占[\\p{IsHan}]{0,5}总[数量额和]的)"
          + "(?:已|已经)?(?:达到|达|为|是|约为|高达)?");

  ShareRule() {
    super("B1", Severity.ERROR);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    List<Quantity> qs = c.quantities();
    for (int i = 2; i < qs.size(); i++) {
      Quantity share = qs.get(i);
      Quantity part = qs.get(i - 1);
      Quantity whole = qs.get(i - 2);
      if (!Figures.isPercent(share) || !Figures.exact(share)) continue;
      if (!Figures.exact(part) || !Figures.exact(whole) || !Figures.sameUnit(part, whole)) continue;
      if (!Figures.isLevel(whole) || whole.value().signum() <= 0) continue;
      if (part.value().compareTo(whole.value()) > 0) continue; // B4's
      String mid = Figures.between(c, i - 1, i);
      String wp = Figures.between(c, i - 2, i - 1);
      if (mid == null || wp == null || wp.length() > 40) continue;
      if (!SHARE_WORDS.matcher(mid).matches() || !PART_OF.matcher(wp).find()) continue;
      BigDecimal computed = part.value().multiply(Figures.HUNDRED).divide(whole.value(), Figures.MC);
      int d = Figures.decimals(c, i);
      String arithmetic = Figures.plain(part.value()) + "/" + Figures.plain(whole.value()) + "="
          + Figures.fmt(computed, d + 2) + "%";
      String right = Figures.fmt(computed, d) + "%";
      switch (Figures.rounds(computed, share.value(), d)) {
        case OK -> {}
        case TRUNCATED -> out.add(c.finding(id(), Severity.INFO, c.start(i), c.end(i),
            "占比" + Figures.plain(share.value()) + "%是截尾所得（" + arithmetic + "），四舍五入应为" + right,
            right));
        case WRONG -> out.add(c.finding(id(), Severity.ERROR, c.start(i), c.end(i),
            "占比应为" + right + "（" + arithmetic + "），文中为" + Figures.plain(share.value()) + "%",
            right));
      }
    }
  }
}
