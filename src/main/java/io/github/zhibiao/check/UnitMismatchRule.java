package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import java.util.List;

/**
 * C4: one indicator stated twice with the same number in two units, WARNING: {@code 总投资298亿元} and
 * later {@code 总投资298亿美元}.
 *
 * <p>Precision guard: the key of C2 without the unit ({@link Mentions}: type, metric, status, place,
 * base, period), both exact, the same value as written and two different units of one dimension
 * (元 and 美元; not {@code 0.52元} and {@code 0.52元/股}, nor a figure whose unit is a table's header);
 * headlines included. A conversion into another currency ({@code 12.5亿美元（约合人民币90亿元）}) has another
 * number and is not read. Linear: a map from key to the first indicator.
 */
final class UnitMismatchRule extends CatalogueRule {
  UnitMismatchRule() {
    super("C4", Severity.WARNING);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    Mentions.repeats(c, true, false, (f, i) -> {
      // 元 and 美元, one dimension; not 0.52 beside 0.52元 (a unit given by a table's header)
      // nor 0.52元 beside 0.52元/股 (the same figure, per share said or not)
      if (f.unit().equals(i.unit()) || f.value().compareTo(i.value()) != 0
          || f.unit().symbol().isEmpty() || i.unit().symbol().isEmpty()
          || f.unit().dimension() != i.unit().dimension()) {
        return;
      }
      out.add(c.finding(id(), severity(), i.span(),
          "单位前后不一致：“" + Mentions.metric(i) + "”前文为" + f.text().strip() + "，此处为"
              + i.text().strip() + "，请核对单位",
          null));
    });
  }
}
