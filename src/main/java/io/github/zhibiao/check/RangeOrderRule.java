package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.Severity;
import java.util.List;

/**
 * B12: a range whose start is above its end, ERROR: {@code 投资30亿～20亿元}, {@code 增长15%～10%}.
 * The finder does not read such a text as one range (it reports the two figures), so the check
 * reads two figures joined by a connector alone ({@code ～ ~ 〜 — – - 至 到}).
 *
 * <p>Precision guard: both figures exact, the second with a unit and the first with the same unit
 * or none ({@code 30亿} before {@code 20亿元}); not a change written from one level to the next
 * ({@code 从30%到20%}, {@code 由30亿元至20亿元}: 从, 由 or 自 in the 12 characters of its clause before the
 * first figure), nor a
 * subtraction ({@code 30亿元-20亿元=10亿元}), nor a spread ({@code 5000元至4000元不等}).
 */
final class RangeOrderRule extends CatalogueRule {
  private static final String CONNECTORS = "～~〜—–-至到";

  RangeOrderRule() {
    super("B12", Severity.ERROR);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    List<Quantity> qs = c.quantities();
    String t = c.text;
    for (int i = 0; i + 1 < qs.size(); i++) {
      Quantity a = qs.get(i);
      Quantity b = qs.get(i + 1);
      int gap = c.end(i);
      if (c.start(i + 1) != gap + 1 || CONNECTORS.indexOf(Forms.at(t, gap)) < 0) continue;
      if (!Figures.exact(a) || !Figures.exact(b) || b.unit().symbol().isEmpty()
          || !(a.unit().symbol().isEmpty() || a.unit().equals(b.unit()))) {
        continue;
      }
      if (a.value().compareTo(b.value()) <= 0) continue;
      if (Forms.at(t, c.end(i + 1)) == '=' || Forms.at(t, c.end(i + 1)) == '＝') continue;
      if (t.startsWith("不等", c.end(i + 1))) continue; // 每吨5000元至4000元不等: a spread
      String clause = Figures.clauseBefore(c, i, 12); // bounded: linear on a text without clauses
      if (clause.contains("从") || clause.contains("由") || clause.contains("自")) continue;
      out.add(c.finding(id(), severity(), c.start(i), c.end(i + 1),
          "数值范围的起点大于终点：" + a.text().strip() + "大于" + b.text().strip() + "，请核对", null));
    }
  }
}
