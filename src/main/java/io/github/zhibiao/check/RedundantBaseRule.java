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
    Matcher m = REDUNDANT.matcher(c.text);
    while (m.find()) {
      String phrase = m.group();
      int k = phrase.startsWith("同比") ? 0 : phrase.length() - 2;
      String fixed = phrase.substring(0, k) + phrase.substring(k + 2);
      out.add(c.finding(id(), severity(), m.start(), m.end(),
          "“同比”即与上年同期相比，与“" + fixed.replaceAll("[，,]$", "") + "”重复：应为“" + fixed + "”",
          fixed));
    }
  }
}
