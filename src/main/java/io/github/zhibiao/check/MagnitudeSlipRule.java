package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Indicator;
import io.github.zhibiao.Severity;
import java.util.List;

/**
 * C3: a 万/亿 slip: the same indicator stated twice with values 10⁴ or 10⁸ apart ({@code 总投资298亿元}
 * and later {@code 总投资298万元}).
 *
 * <p>Precision guard: the same key as C2 ({@link Mentions}: type, metric, unit, status, place, base,
 * period), both exact; headlines included. Linear: a map from key to the first indicator.
 */
final class MagnitudeSlipRule extends CatalogueRule {
  MagnitudeSlipRule() {
    super("C3", Severity.WARNING);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    Mentions.repeats(c, true, (f, i) -> {
      if (!Mentions.magnitudeSlip(f.value(), i.value())) return;
      out.add(c.finding(id(), Severity.WARNING, i.span(),
          "数量级疑有误：“" + Mentions.metric(i) + "”前文为" + f.text().strip() + "，此处为" + i.text().strip()
              + "，相差" + (f.value().abs().compareTo(i.value().abs()) > 0
                  ? ratio(f, i) : ratio(i, f)) + "倍，请核对万/亿",
          null));
    });
  }

  private static String ratio(Indicator big, Indicator small) {
    return big.value().abs().divide(small.value().abs()).compareTo(java.math.BigDecimal.TEN.pow(4)) == 0
        ? "1万" : "1亿";
  }
}
