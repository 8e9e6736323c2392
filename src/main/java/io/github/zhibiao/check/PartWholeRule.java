package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * B4: a part larger than its whole. {@code 总规模100亿元，首期拟到位130亿元}; {@code 450项任务中已完成460项};
 * {@code 共签约项目41个，其中工业项目45个}.
 *
 * <p>Precision guard: the whole and the part are consecutive exact figures of one unit in one
 * sentence, and the text marks the second as a part of the first: {@code …中}, {@code 其中}, or a
 * total word before the whole ({@code 总规模}, {@code 共}) and a first-instalment word before the
 * part ({@code 首期}, {@code 一期}, {@code 首批}).
 */
final class PartWholeRule extends CatalogueRule {
  private static final Pattern TOTAL_BEFORE = Pattern.compile(
      "(?:总规模|总投资|总金额|总额|合计|总计|共计|累计|共|总量|总数)(?:为|达|达到|约)?$");
  private static final Pattern INSTALMENT = Pattern.compile(
      "^[，,]?(?:其中|首期|一期|第一期|首批|第一批)[\\p{IsHan}]{0,8}$");

  PartWholeRule() {
    super("B4", Severity.ERROR);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    List<Quantity> qs = c.quantities();
    for (int p = 1; p < qs.size(); p++) {
      int w = p - 1;
      Quantity part = qs.get(p);
      Quantity whole = qs.get(w);
      if (!Figures.exact(part) || !Figures.exact(whole) || !Figures.sameUnit(part, whole)) continue;
      if (!Figures.isLevel(whole) || part.value().compareTo(whole.value()) <= 0) continue;
      String wp = Figures.between(c, w, p);
      if (wp == null || wp.length() > 40) continue;
      boolean partOf = ShareRule.PART_OF.matcher(wp).find();
      boolean instalment = INSTALMENT.matcher(wp).matches()
          && TOTAL_BEFORE.matcher(Figures.clauseBefore(c, w, 8)).find();
      if (!partOf && !instalment) continue;
      String wholeText = Figures.slice(c, w);
      String partText = Figures.slice(c, p);
      out.add(c.finding(id(), Severity.ERROR, c.start(p), c.end(p),
          "部分大于整体：" + partText + "超过了前文的总数" + wholeText + "，请核对", null));
    }
  }
}
