package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.Severity;
import java.math.BigDecimal;
import java.util.List;

/**
 * B10: a stated average against the total and the count before it, WARNING: {@code 100个项目、总投资298亿元，
 * 平均每个项目3.5亿元} (298亿元 ÷ 100 = 2.98亿元).
 *
 * <p>Precision guard: the average follows {@code 平均每} and a classifier ({@code 平均每个项目}, {@code 平均每家},
 * {@code 平均每亩}) within a few characters; in its sentence, before it, exactly one exact count in that
 * classifier ({@code 100个}) and exactly one exact figure in the average's unit (the total) stand;
 * with two candidates ({@code 总投资298亿元，年度投资120亿元}) the check stays quiet. The rounding of the
 * three figures bounds what agrees. Per-capita figures ({@code 人均GDP}) are left alone: their
 * population is a yearly average the text rarely gives.
 */
final class AverageRule extends CatalogueRule {
  private static final String CLASSIFIERS = "个家项户亩台所座条批";

  AverageRule() {
    super("B10", Severity.WARNING);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    List<Quantity> qs = c.quantities();
    for (int v = 1; v < qs.size(); v++) {
      Quantity avg = qs.get(v);
      if (!Figures.exact(avg) || !Figures.isLevel(avg)) continue;
      String before = Figures.clauseBefore(c, v, 12);
      int k = before.lastIndexOf("平均每");
      if (k < 0 || k + 3 >= before.length()) continue;
      char classifier = before.charAt(k + 3);
      if (CLASSIFIERS.indexOf(classifier) < 0) continue;
      int count = -1;
      int total = -1;
      int counts = 0;
      int totals = 0;
      for (int j = v - 1; j >= 0 && Figures.sameSentence(c, j, v); j--) {
        Quantity q = qs.get(j);
        if (q.unit().symbol().equals(String.valueOf(classifier))) {
          counts++;
          count = j;
        } else if (Figures.sameUnit(q, avg)) {
          totals++;
          total = j;
        }
      }
      if (counts != 1 || totals != 1) continue;
      Quantity n = qs.get(count);
      Quantity sum = qs.get(total);
      if (!Figures.exact(n) || !Figures.exact(sum) || n.value().signum() <= 0) continue;
      BigDecimal hn = Figures.halfUnit(c, count);
      BigDecimal hs = Figures.halfUnit(c, total);
      BigDecimal ha = Figures.halfUnit(c, v);
      if (n.value().subtract(hn).signum() <= 0) continue;
      BigDecimal lo = sum.value().subtract(hs).divide(n.value().add(hn), Figures.MC);
      BigDecimal hi = sum.value().add(hs).divide(n.value().subtract(hn), Figures.MC);
      if (avg.value().compareTo(lo.subtract(ha)) >= 0 && avg.value().compareTo(hi.add(ha)) <= 0) {
        continue;
      }
      BigDecimal exact = sum.value().divide(n.value(), Figures.MC);
      int d = Figures.decimals(c, v);
      out.add(c.finding(id(), severity(), c.start(v), c.end(v),
          "平均数应约为" + Figures.like(exact, avg, d + 2) + "（" + Figures.slice(c, total) + "÷"
              + Figures.slice(c, count) + "），文中为" + Figures.slice(c, v),
          Figures.like(exact, avg, d)));
    }
  }
}
