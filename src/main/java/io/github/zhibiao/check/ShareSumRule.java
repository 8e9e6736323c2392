package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.Severity;
import java.math.BigDecimal;
import java.util.List;

/**
 * B8: the shares of a breakdown that covers the whole do not add up to 100%, WARNING: {@code
 * 第一、二、三产业增加值占比分别为8.1%、38.5%、55.0%} (101.6%).
 *
 * <p>Precision guard: before 分别 in its sentence stand a breakdown known to be whole ({@code 三次产业},
 * {@code 第一、二、三产业}: three parts; {@code 男女}, {@code 男性和女性}: two) and, after it, a share word
 * ({@code 占比}, {@code 比重}, {@code 占}, {@code 构成}); after 分别, exactly as many exact percentages
 * as parts, listed with 、 和 及 与 only. The sum may miss 100 by the rounding of the parts (half the
 * last digit of each). 城乡 is not a whole: {@code 城镇和农村居民消费支出占可支配收入的比重分别为65%和80%}
 * takes each share of its own income. {@code 三次产业增加值分别增长3.5%、5.1%、6.0%} has no share word.
 */
final class ShareSumRule extends CatalogueRule {
  /** A whole breakdown and its number of parts. */
  private record Whole(String words, int parts) {}

  private static final List<Whole> WHOLES = List.of(new Whole("第一、二、三产业", 3),
      new Whole("第一二三产业", 3), new Whole("一、二、三产业", 3), new Whole("三次产业", 3),
      new Whole("一二三产", 3), new Whole("男性和女性", 2), new Whole("男性、女性", 2),
      new Whole("男女", 2));
  private static final List<String> SHARE_WORDS = List.of("占比", "比重", "比例", "占", "构成", "份额");

  ShareSumRule() {
    super("B8", Severity.WARNING);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    List<Quantity> qs = c.quantities();
    String t = c.text;
    for (int k = t.indexOf("分别"); k >= 0; k = t.indexOf("分别", k + 2)) {
      int from = c.structure.sentenceStart(k);
      String head = t.substring(Math.max(from, k - 40), k);
      Whole whole = null;
      for (Whole w : WHOLES) {
        if (head.contains(w.words())) {
          whole = w;
          break;
        }
      }
      if (whole == null) continue;
      String afterWhole = head.substring(head.indexOf(whole.words()) + whole.words().length());
      boolean share = SHARE_WORDS.stream().anyMatch(afterWhole::contains)
          || t.startsWith("分别占", k);
      if (!share) continue;
      int first = c.lastQuantityBefore(k) + 1;
      if (first >= qs.size() || c.structure.sentenceStart(c.start(first)) != from) continue;
      int last = first;
      while (last + 1 < qs.size() && listed(Figures.between(c, last, last + 1))) last++;
      if (last - first + 1 != whole.parts()) continue;
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal slack = BigDecimal.ZERO;
      boolean ok = true;
      for (int i = first; i <= last; i++) {
        Quantity q = qs.get(i);
        if (!Figures.exact(q) || !Figures.isPercent(q)) {
          ok = false;
          break;
        }
        sum = sum.add(q.value());
        slack = slack.add(Figures.halfUnit(c, i));
      }
      if (!ok || sum.subtract(Figures.HUNDRED).abs().compareTo(slack) <= 0) continue;
      out.add(c.finding(id(), severity(), c.start(first), c.end(last),
          whole.words() + "的" + whole.parts() + "项占比之和为" + Figures.plain(sum) + "%，应为100%，请核对",
          null));
    }
  }

  /** Whether the text between two listed figures only joins them. */
  private static boolean listed(String gap) {
    return gap != null && (gap.equals("、") || gap.equals("和") || gap.equals("及") || gap.equals("与"));
  }
}
