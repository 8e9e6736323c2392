package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * D5: 同比 beside a base that already says "the same period of last year", WARNING (叠床架屋: 同比
 * means 比上年同期): {@code 同比比上年同期增长5%} → {@code 比上年同期增长5%}, {@code 比去年同期同比增长12%} →
 * {@code 比去年同期增长12%}, {@code 与去年同期相比，同比增长} → {@code 与去年同期相比，增长}. The suggestion drops
 * 同比.
 *
 * <p>Only where the two stand side by side. {@code 同比增速比上年同期加快1.2个百分点} is right: it compares
 * this year's growth rate with last year's, and the bases are apart.
 */
final class RedundantBaseRule extends CatalogueRule {
  /** Linear: alternations of literals, no nested repetition. */
  private static final Pattern REDUNDANT = Pattern.compile(
      "同比(?:比|较)(?:去年|上年|上一年)(?:同期)?"
          + "|(?:比|较)(?:去年|上年|上一年)同期同比"
          + "|(?:与|和|同)(?:去年|上年|上一年)同期(?:相比|比较)[，,]?同比");

  RedundantBaseRule() {
    super("D5", Severity.WARNING);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    String t = c.text;
    // a literal search for 同比, then the pattern only around it: the pattern's alternation tried
    // at every character cost more than the other number-form rules together
    for (int k = t.indexOf("同比"); k >= 0; k = t.indexOf("同比", k + 2)) {
      int from = Math.max(0, k - 9);
      Matcher m = REDUNDANT.matcher(t).region(from, Math.min(t.length(), k + 8));
      while (m.find()) {
        if (m.start() > k || m.end() < k + 2) continue; // another 同比's match
        String phrase = m.group();
        int at = phrase.startsWith("同比") ? 0 : phrase.length() - 2;
        String fixed = phrase.substring(0, at) + phrase.substring(at + 2);
        out.add(c.finding(id(), severity(), m.start(), m.end(),
            "“同比”即与上年同期相比，与“" + fixed.replaceAll("[，,]$", "") + "”重复：应为“" + fixed + "”",
            fixed));
        break;
      }
    }
  }
}
