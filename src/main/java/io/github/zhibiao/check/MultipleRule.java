package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * B7: a change by times (倍, 翻番) against the two values it joins, ERROR. {@code 增长了N倍} is an
 * increase of N times the old value, so the new one is N+1 times it; {@code 翻k番} doubles k times.
 * {@code 从50台增至200台，增长了4倍} → {@code 增长了3倍} (or {@code 增长到4倍}); {@code 今年总值120万元，比去年的40万元翻了两番}
 * (three times, not four).
 *
 * <p>Two forms are read: a move ({@code 从A增至B}, {@link Moves}) followed by the change, and a level
 * compared with an earlier one ({@code B，比…A增长了N倍}, {@code 比…A翻了两番}: the two figures the
 * last before the change, in one sentence, with 比 or 较 between them and no verb of change: in
 * {@code 比上年增加80亿元，增长了2倍} the 80亿元 is the increase). Both values exact, in one
 * unit, above zero. The rounding of the values and of N (half its last digit) bounds what agrees;
 * 翻番 is read loosely, within 5% of 2<sup>k</sup>, as newspapers use it.
 */
final class MultipleRule extends CatalogueRule {
  private static final Pattern INCREASE = Pattern.compile("^[，,]?\\s*(?:同比|比上年|较上年)?"
      + "(?:增长|增加|提高|上升|扩大)了?\\s*$");
  private static final BigDecimal LOOSE = new BigDecimal("0.05");
  private static final Pattern CHANGE_WORD = Pattern.compile("增|减|提高|下降|降低|多|少|上升");

  MultipleRule() {
    super("B7", Severity.ERROR);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    List<Quantity> qs = c.quantities();
    boolean[] done = new boolean[qs.size()];
    for (Moves.Move m : c.moves()) {
      int n = m.b() + 1;
      if (n >= qs.size() || !times(qs.get(n))) continue;
      String gap = Figures.between(c, m.b(), n);
      if (gap == null) continue;
      boolean doubling = doubling(qs.get(n));
      if (!(doubling ? gap.matches("^[，,]?\\s*$") : INCREASE.matcher(gap).matches())) continue;
      done[n] = true;
      compare(c, m.a(), m.b(), n, doubling, out);
    }
    for (int n = 2; n < qs.size(); n++) {
      if (done[n] || !times(qs.get(n))) continue;
      int a = n - 1; // the earlier value, compared with
      int b = n - 2; // the level
      String gap = Figures.between(c, a, n);
      String mid = Figures.between(c, b, a);
      if (gap == null || mid == null || !(mid.contains("比") || mid.contains("较"))) continue;
      // 比上年增加80亿元，增长了2倍: the figure before the change is the increase, not the old value
      if (CHANGE_WORD.matcher(mid).find()) continue;
      boolean doubling = doubling(qs.get(n));
      if (!(doubling ? gap.isEmpty() : INCREASE.matcher(gap).matches())) continue;
      compare(c, a, b, n, doubling, out);
    }
  }

  /** Old value {@code a}, new value {@code b}, change {@code n}. */
  private void compare(CheckContext c, int a, int b, int n, boolean doubling, List<Finding> out) {
    List<Quantity> qs = c.quantities();
    Quantity qa = qs.get(a);
    Quantity qb = qs.get(b);
    Quantity qn = qs.get(n);
    if (!Figures.exact(qa) || !Figures.exact(qb) || !Figures.exact(qn)
        || !Figures.sameUnit(qa, qb) || !Figures.isLevel(qa)) {
      return;
    }
    BigDecimal ha = Figures.halfUnit(c, a);
    if (qa.value().subtract(ha).signum() <= 0 || qb.value().signum() <= 0) return;
    BigDecimal hb = Figures.halfUnit(c, b);
    BigDecimal ratio = qb.value().divide(qa.value(), Figures.MC);
    BigDecimal lo = qb.value().subtract(hb).divide(qa.value().add(ha), Figures.MC);
    BigDecimal hi = qb.value().add(hb).divide(qa.value().subtract(ha), Figures.MC);
    // what the text says the ratio is: N+1 for 增长了N倍, 2^k for 翻k番 (already a multiple)
    BigDecimal said = doubling ? qn.value() : qn.value().add(BigDecimal.ONE);
    BigDecimal slack = doubling ? said.multiply(LOOSE) : Figures.halfUnit(c, n);
    if (said.compareTo(lo.subtract(slack)) >= 0 && said.compareTo(hi.add(slack)) <= 0) return;
    int d = Math.max(1, Figures.decimals(c, n));
    String r = Figures.plain(ratio.setScale(d, java.math.RoundingMode.HALF_UP));
    String increase = Figures.plain(ratio.subtract(BigDecimal.ONE)
        .setScale(d, java.math.RoundingMode.HALF_UP));
    String values = Figures.slice(c, b) + "÷" + Figures.slice(c, a) + "=" + r;
    String msg;
    String suggestion = null;
    if (doubling) {
      msg = "“" + Figures.slice(c, n) + "”为原值的" + Figures.plain(qn.value()) + "倍，而" + values
          + "，请核对（增长了" + increase + "倍）";
    } else {
      boolean confused = qn.value().subtract(ratio).abs().compareTo(slack) <= 0;
      suggestion = increase + "倍";
      msg = "“增长了N倍”指增加量为原值的N倍：" + values + "，应为“增长了" + increase + "倍”"
          + (confused ? "或“增长到" + r + "倍”（“增长到”才是现值与原值之比）" : "");
    }
    out.add(c.finding(id(), severity(), c.start(n), c.end(n), msg, suggestion));
  }

  /** A change in 倍 (增长3倍) or a doubling (翻两番, read as a multiple). */
  private static boolean times(Quantity q) {
    return "倍".equals(q.unit().symbol()) && q.value() != null && q.value().signum() > 0;
  }

  private static boolean doubling(Quantity q) {
    return q.text().contains("番");
  }
}
