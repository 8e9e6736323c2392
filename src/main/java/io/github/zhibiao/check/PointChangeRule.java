package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.Severity;
import java.math.BigDecimal;
import java.util.List;

/**
 * B6: two stated rates and the stated change in 百分点. {@code 由5.2%降至4.8%，下降0.5个百分点}: the change
 * is 5.2 − 4.8 = 0.4 points.
 *
 * <p>Precision guard: only the explicit {@code 由/从 X% (降|升)至 Y%，(下降|提高)Z个百分点} form, three exact
 * figures in one sentence, Z directly after Y. The difference of the two stated rates, rounded to
 * the places Z is written with, must equal Z. (The direction of the verbs is D4's.)
 */
final class PointChangeRule extends CatalogueRule {
  PointChangeRule() {
    super("B6", Severity.ERROR);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    List<Quantity> qs = c.quantities();
    for (Moves.Move m : c.moves()) {
      if (m.c() < 0) continue;
      Quantity a = qs.get(m.a());
      Quantity b = qs.get(m.b());
      Quantity p = qs.get(m.c());
      if (!Figures.isPercent(a) || !Figures.isPoints(p)) continue;
      BigDecimal diff = b.value().subtract(a.value()).abs();
      int d = Figures.decimals(c, m.c());
      if (Figures.rounds(diff, p.value(), d) == Figures.Match.OK) continue;
      String right = Figures.fmt(diff, Math.max(d, Math.max(Figures.decimals(c, m.a()),
          Figures.decimals(c, m.b()))));
      String unit = p.unitText().isEmpty() ? "个百分点" : p.unitText();
      out.add(c.finding(id(), Severity.ERROR, c.start(m.c()), c.end(m.c()),
          "两个比率相差" + right + "个百分点（" + Figures.plain(a.value()) + "% → "
              + Figures.plain(b.value()) + "%），文中为" + Figures.plain(p.value()) + "个百分点",
          right + unit));
    }
  }
}
