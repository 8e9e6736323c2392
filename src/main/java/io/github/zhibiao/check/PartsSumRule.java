package io.github.zhibiao.check;

import io.github.zhibiao.Dimension;
import io.github.zhibiao.Finding;
import io.github.zhibiao.Indicator;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.Severity;
import io.github.zhibiao.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * B3: the parts of a stated total. {@code 共签约项目41个，其中工业项目25个、服务业项目19个}: the parts listed
 * after {@code 其中} are a subset, so their sum (44) may not exceed the total (41). A list after
 * {@code 分别为} that names its members ({@code 共41个，工业、服务业项目分别为25个、19个}, no {@code 等}) is
 * exhaustive and must sum exactly.
 *
 * <p>Precision guard: the total is preceded by a total word ({@code 共}, {@code 合计}, {@code 总}) or
 * followed directly by {@code 其中}; the parts are exact figures of the same unit in the same
 * sentence; a threshold ({@code 亿元以上项目}) or a bound among them stops the reading, since such
 * classes overlap. Counts must add up exactly; amounts within the sum of their rounding (half
 * the last digit of each). A single part larger than the total is B4's. A list of parts joined by
 * {@code 、} ends at a {@code ，}; parts joined by {@code ，} only may cross-classify, so their
 * excess is a warning that says so.
 */
final class PartsSumRule extends CatalogueRule {
  private static final int MAX_PARTS = 12;
  private static final Pattern TOTAL_WORD =
      Pattern.compile("(?:共|合计|总计|累计|总数|总量|总规模|总投资|总额|总)[\\p{IsHan}]{0,8}(?:为|达|达到)?$");
  private static final Pattern THEN_PARTS = Pattern.compile("^[^。；;]{0,10}?[，,：:]\\s*其中");
  private static final Pattern RESPECTIVELY = Pattern.compile("分别(?:为|是|达到|达|有)?$");
  private static final Pattern OVERLAP = Pattern.compile("以上|以下|超过|不足|其他|另|包括|含");

  PartsSumRule() {
    super("B3", Severity.ERROR);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    List<Quantity> qs = c.quantities();
    Indicator[] inds = c.figureIndicators();
    for (int w = 0; w + 2 < qs.size(); w++) {
      Quantity whole = qs.get(w);
      if (!Figures.exact(whole) || !Figures.isLevel(whole)) continue;
      String lead = Figures.between(c, w, w + 1);
      if (lead == null) continue;
      boolean partial = THEN_PARTS.matcher(lead).find();
      boolean exhaustive = false;
      if (!partial) {
        exhaustive = RESPECTIVELY.matcher(lead).find() && !lead.contains("等")
            && !lead.contains("其中") && (lead.contains("、") || lead.contains("和"))
            && TOTAL_WORD.matcher(Figures.clauseBefore(c, w, 12)).find();
      } else if (!TOTAL_WORD.matcher(Figures.clauseBefore(c, w, 12)).find()
          && !lead.matches("^[，,]\\s*其中.*")) {
        continue;
      }
      if (!partial && !exhaustive) continue;
      List<Integer> parts = new ArrayList<>();
      boolean spoiled = false;
      boolean listed = false; // parts joined by 、 so far
      boolean commas = false; // parts joined by ， (a looser list, which may cross-classify)
      for (int k = w + 1; k < qs.size() && k <= w + MAX_PARTS; k++) {
        String gap = Figures.between(c, k - 1, k);
        if (gap == null) break;
        if (k > w + 1 && (gap.contains("其中") || gap.contains("共") || gap.contains("合计"))) break;
        if (k > w + 1 && partial) {
          boolean dun = gap.indexOf('、') >= 0;
          boolean comma = !dun && (gap.indexOf('，') >= 0 || gap.indexOf(',') >= 0);
          // 其中国有企业300家、民营企业1500家，专精特新企业400家: a 、 list ends at the ，;
          // what follows classifies the same firms another way.
          if (listed && comma) break;
          listed |= dun;
          commas |= comma;
        }
        Quantity q = qs.get(k);
        boolean bound = q.value() == null || !Figures.exact(q)
            || (inds[k] != null && inds[k].status() == Status.THRESHOLD);
        if (bound || OVERLAP.matcher(gap).find()) {
          spoiled = true;
          break;
        }
        if (Figures.sameUnit(q, whole)) {
          parts.add(k);
        } else if (exhaustive) {
          break; // 分别为 lists one unit
        }
      }
      if (spoiled || parts.size() < 2) continue;
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal tolerance = Figures.halfUnit(c, w);
      boolean anyLarger = false;
      StringBuilder expr = new StringBuilder();
      for (int k : parts) {
        BigDecimal v = qs.get(k).value();
        anyLarger |= v.compareTo(whole.value()) > 0;
        sum = sum.add(v);
        tolerance = tolerance.add(Figures.halfUnit(c, k));
        if (expr.length() > 0) expr.append('+');
        expr.append(Figures.slice(c, k));
      }
      if (anyLarger) continue; // B4
      boolean counts = whole.unit().dimension() == Dimension.COUNT
          || whole.unit().dimension() == Dimension.PEOPLE;
      if (counts && Figures.magnitude(whole) == 0) tolerance = BigDecimal.ZERO;
      BigDecimal excess = sum.subtract(whole.value());
      boolean wrong = exhaustive ? excess.abs().compareTo(tolerance) > 0
          : excess.compareTo(tolerance) > 0;
      if (!wrong) continue;
      int d = Math.max(0, Figures.decimals(c, w));
      String total = Figures.like(sum, whole, d);
      String msg = exhaustive
          ? "分项之和与总数不符：" + expr + "=" + total + "，总数为" + Figures.slice(c, w)
          : "其中所列分项之和已超过总数：" + expr + "=" + total + "，总数为" + Figures.slice(c, w);
      // 共有企业1250家，其中私营企业800家，小微企业1100家: parts in a list of ， may classify
      // the same things two ways (ownership and size), so the finding is a warning that says so.
      boolean mayOverlap = partial && commas;
      if (mayOverlap) msg += "（若各分项按不同口径分类、互有交叉，可忽略）";
      out.add(c.finding(id(), counts && !mayOverlap ? Severity.ERROR : Severity.WARNING,
          c.start(w), c.end(w), msg, null));
    }
  }
}
