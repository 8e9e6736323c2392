package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Indicator;
import io.github.zhibiao.IndicatorType;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.Severity;
import java.math.BigDecimal;
import java.util.List;

/**
 * B5: a level, its growth rate and its increment agree. {@code 进出口总值2000亿元，同比增长28.9%，增加578亿元}:
 * the increment is V·g/(1+g) = 448.4亿元; 578 = 2000×28.9% takes the rate on the current value
 * instead of the base. Also two stated levels and the change stated after them ({@code
 * 从40万元增至120万元，增长200%}): the rate is (b−a)/a, the increment b−a.
 *
 * <p>Precision guard: the figures are consecutive in one sentence (level, rate, increment, the
 * increment typed as a change of the level's unit, its verb right before it); the arithmetic
 * allows for the rounding of every stated figure (interval bounds from half the last digit of
 * each), and a sign disagreement is left to D4.
 */
final class GrowthRule extends CatalogueRule {
  GrowthRule() {
    super("B5", Severity.WARNING);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    List<Quantity> qs = c.quantities();
    Indicator[] inds = c.figureIndicators();
    for (int g = 1; g + 1 < qs.size(); g++) {
      int v = g - 1;
      int delta = g + 1;
      Quantity rate = qs.get(g);
      Quantity level = qs.get(v);
      Quantity inc = qs.get(delta);
      if (inds[g] == null || inds[g].type() != IndicatorType.GROWTH_RATE) continue;
      if (inds[delta] == null || inds[delta].type() != IndicatorType.CHANGE) continue;
      if (inds[v] == null || inds[v].type().isSigned()) continue;
      if (!Figures.exact(rate) || !Figures.isPercent(rate) || !Figures.exact(level)
          || !Figures.exact(inc) || !Figures.isLevel(level) || !Figures.sameUnit(level, inc)) {
        continue;
      }
      if (Figures.between(c, v, g) == null || Figures.between(c, g, delta) == null) continue;
      BigDecimal gs = inds[g].value();
      BigDecimal ds = inds[delta].value();
      if (gs == null || ds == null || gs.signum() == 0 || gs.signum() != ds.signum()) continue;
      if (gs.compareTo(Figures.HUNDRED.negate()) <= 0) continue;
      // f(V, g) = V·g/(100+g) rises with V (g > 0) and with g: its extremes are at the corners
      BigDecimal hv = Figures.halfUnit(c, v);
      BigDecimal hg = Figures.halfUnit(c, g);
      BigDecimal hd = Figures.halfUnit(c, delta);
      BigDecimal lo = null;
      BigDecimal hi = null;
      for (BigDecimal vv : new BigDecimal[] {level.value().subtract(hv), level.value().add(hv)}) {
        for (BigDecimal gg : new BigDecimal[] {gs.subtract(hg), gs.add(hg)}) {
          if (gg.compareTo(Figures.HUNDRED.negate()) <= 0) continue;
          BigDecimal f = vv.multiply(gg).divide(Figures.HUNDRED.add(gg), Figures.MC);
          lo = lo == null || f.compareTo(lo) < 0 ? f : lo;
          hi = hi == null || f.compareTo(hi) > 0 ? f : hi;
        }
      }
      if (lo == null) continue;
      if (ds.compareTo(lo.subtract(hd)) >= 0 && ds.compareTo(hi.add(hd)) <= 0) continue;
      BigDecimal expected = level.value().multiply(gs).divide(Figures.HUNDRED.add(gs), Figures.MC);
      BigDecimal onCurrent = level.value().multiply(gs).divide(Figures.HUNDRED, Figures.MC);
      int d = Figures.decimals(c, delta);
      String expectedText = Figures.like(expected.abs(), inc, d + 1);
      String msg = "按现值和增速推算，增量应约为" + expectedText + "（" + Figures.slice(c, v) + "×"
          + Figures.plain(gs.abs()) + "%÷(1" + (gs.signum() > 0 ? "+" : "−") + Figures.plain(gs.abs())
          + "%)），文中为" + Figures.slice(c, delta);
      if (ds.subtract(onCurrent).abs().compareTo(hd.add(hv)) <= 0) {
        msg += "；文中数值是以现值乘增速所得，增量应以上期数为基数";
      }
      out.add(c.finding(id(), Severity.WARNING, c.start(delta), c.end(delta), msg,
          Figures.like(expected.abs(), inc, d)));
    }
    for (Moves.Move m : c.moves()) {
      if (m.c() < 0) continue;
      Quantity a = qs.get(m.a());
      Quantity b = qs.get(m.b());
      Quantity ch = qs.get(m.c());
      if (!Figures.isLevel(a) || a.value().signum() <= 0 || b.value().signum() < 0) continue;
      if (m.changeDir() != b.value().compareTo(a.value())) continue; // D4's
      if (Figures.isPercent(ch)) {
        checkRate(c, m, out);
      } else if (Figures.sameUnit(ch, a)) {
        BigDecimal diff = b.value().subtract(a.value()).abs();
        BigDecimal tol = Figures.halfUnit(c, m.a()).add(Figures.halfUnit(c, m.b()))
            .add(Figures.halfUnit(c, m.c()));
        if (diff.subtract(ch.value()).abs().compareTo(tol) <= 0) continue;
        int d = Figures.decimals(c, m.c());
        out.add(c.finding(id(), Severity.WARNING, c.start(m.c()), c.end(m.c()),
            "增减量应为" + Figures.like(diff, ch, d) + "（" + Figures.slice(c, m.b()) + "与"
                + Figures.slice(c, m.a()) + "之差），文中为" + Figures.slice(c, m.c()),
            Figures.like(diff, ch, d)));
      }
    }
  }

  /** 从a增至b，增长r%: r = (b−a)/a, with the rounding of a and b as bounds. */
  private void checkRate(CheckContext c, Moves.Move m, List<Finding> out) {
    List<Quantity> qs = c.quantities();
    BigDecimal a = qs.get(m.a()).value();
    BigDecimal b = qs.get(m.b()).value();
    BigDecimal r = qs.get(m.c()).value();
    BigDecimal ha = Figures.halfUnit(c, m.a());
    BigDecimal hb = Figures.halfUnit(c, m.b());
    BigDecimal hr = Figures.halfUnit(c, m.c());
    if (a.subtract(ha).signum() <= 0) return;
    // |b−a|/a: extremes at (a∓ha, b±hb)
    BigDecimal x1 = rel(a.add(ha), b.subtract(hb));
    BigDecimal x2 = rel(a.subtract(ha), b.add(hb));
    BigDecimal x3 = rel(a.add(ha), b.add(hb));
    BigDecimal x4 = rel(a.subtract(ha), b.subtract(hb));
    BigDecimal lo = x1.min(x2).min(x3).min(x4);
    BigDecimal hi = x1.max(x2).max(x3).max(x4);
    if (r.compareTo(lo.subtract(hr)) >= 0 && r.compareTo(hi.add(hr)) <= 0) return;
    BigDecimal exact = rel(a, b);
    int d = Figures.decimals(c, m.c());
    String right = Figures.fmt(exact, Math.max(1, d)) + "%";
    String msg = "变化率应为" + right + "（(" + Figures.slice(c, m.b()) + "−" + Figures.slice(c, m.a())
        + ")÷" + Figures.slice(c, m.a()) + "），文中为" + Figures.slice(c, m.c());
    BigDecimal onCurrent = b.subtract(a).abs().multiply(Figures.HUNDRED).divide(b, Figures.MC);
    if (Figures.rounds(onCurrent, r, d) == Figures.Match.OK) {
      msg += "；文中数值是以现值为基数算出的，应以原值为基数";
    }
    out.add(c.finding(id(), Severity.WARNING, c.start(m.c()), c.end(m.c()), msg,
        Figures.fmt(exact, d) + "%"));
  }

  private static BigDecimal rel(BigDecimal a, BigDecimal b) {
    return b.subtract(a).abs().multiply(Figures.HUNDRED).divide(a, Figures.MC);
  }
}
