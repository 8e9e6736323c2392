package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import io.github.zhibiao.Span;
import java.util.List;

/**
 * C2: the same indicator stated twice with different values: {@code 签约项目41个} in one paragraph and
 * {@code 签约项目42个} in another.
 *
 * <p>Precision guard: the two indicators agree in type, metric, unit, status, place, base and period
 * (see {@link Mentions}), are exact, stand in different sentences of the body, and are not a 万/亿
 * slip (C3's). Headline figures are C1's. Linear: one pass with a map from key to the first
 * indicator.
 */
final class RepeatRule extends CatalogueRule {
  RepeatRule() {
    super("C2", Severity.WARNING);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    Mentions.repeats(c, false, (f, i) -> {
      if (f.value().compareTo(i.value()) == 0) return;
      if (Mentions.magnitudeSlip(f.value(), i.value())) return;
      int at = c.normalized.toNormalized(i.span().start());
      int fAt = c.normalized.toNormalized(f.span().start());
      if (c.structure.sentenceStart(fAt) == c.structure.sentenceStart(at)) return;
      Span s = i.span();
      out.add(c.finding(id(), Severity.WARNING, s,
          "同一指标前后数值不一致：“" + Mentions.metric(i) + "”前文为" + f.text().strip() + "，此处为"
              + i.text().strip() + "，请核对",
          null));
    });
  }
}
