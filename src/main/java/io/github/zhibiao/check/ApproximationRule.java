package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * D7: two approximation markers on one figure. {@code 约300人左右}, {@code 大约50亿元左右}, {@code 近200余人次},
 * {@code 超过千元以上}, {@code 至少100人以上}, {@code 不到5%左右}: keep one ({@code 约300人}). The suggestion
 * drops the marker after the number.
 *
 * <p>Precision guard: the markers must frame one number: the first right before its digits, the
 * second right after the digits or the magnitude ({@code 余}, {@code 多}) or after a unit of at
 * most four characters ({@code 左右}, {@code 以上}); {@code 最近}, {@code 附近}, {@code 临近} are not 近.
 * Read on the text, not on the quantities, because the quantity finder already folds the markers
 * into one qualifier.
 */
final class ApproximationRule extends CatalogueRule {
  private static final String NUM =
      "(?:\\d{1,12}(?:[.,]\\d{1,12}){0,4}|[零〇一二两三四五六七八九十百千]{1,8})(?:万亿|亿|万|千|百)?";
  static final Pattern PAIR = Pattern.compile(
      "(大约|约|将近|接近|近|超过|逾|至少|不到|不足)(" + NUM + ")"
          + "(?:(余|多)(万亿|亿|万)?()|([\\p{IsHan}%]{0,4}?)(左右|上下|以上|开外|以下))");
  private static final Pattern UNIT_OK = Pattern.compile("[\\p{IsHan}%]{0,4}");
  /**
   * Every match starts with a marker, whose first character is one of these; it is at most 2 + 66
   * (the longest NUM) + 4 + 2 characters long.
   */
  static final Anchored NEAR_MARKERS =
      new Anchored(PAIR, "大约将接近超逾至不", 0, 80, ApproximationRule::numberAfterMarker);

  /**
   * A marker is one or two characters and NUM starts with a digit or a numeral, so one of the
   * two characters after the anchor is one: not so in 不断, 至今 or 大力, where the pattern need not run.
   */
  private static boolean numberAfterMarker(String text, int anchor) {
    return numberStart(Forms.at(text, anchor + 1)) || numberStart(Forms.at(text, anchor + 2));
  }

  private static boolean numberStart(char c) {
    return Forms.digit(c) || "零〇一二两三四五六七八九十百千".indexOf(c) >= 0;
  }

  ApproximationRule() {
    super("D7", Severity.WARNING);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    NEAR_MARKERS.forEachMatch(c.text, m -> report(c, m, out));
  }

  private void report(CheckContext c, Matcher m, List<Finding> out) {
    String pre = m.group(1);
    int s = m.start();
    char prev = s > 0 ? c.text.charAt(s - 1) : ' ';
    // 最近, 附近, 临近 are not 近; 节约, 制约, 签约, 合约 are not 约
    if (pre.equals("近") && "最附临邻靠将接就亲贴逼走拉".indexOf(prev) >= 0) return;
    if (pre.equals("约") && "大节制签合预公条契履违相邀特简集".indexOf(prev) >= 0) return;
    String post;
    int postStart;
    int postEnd;
    if (m.group(3) != null) {
      post = m.group(3);
      postStart = m.start(3);
      postEnd = m.end(3);
    } else {
      post = m.group(7);
      postStart = m.start(7);
      postEnd = m.end(7);
      if (!UNIT_OK.matcher(m.group(6)).matches()) return;
      // 超过50家规模以上企业, 约200家限额以上单位, 至少10个亿元以上项目: the 以上 belongs to a
      // category's name, not to the figure. The quantity finder reads a marker after the unit
      // into the figure (约300人左右 is one quantity): a figure found that ends before the
      // marker does not carry it. (No figure found, as in 超过千元以上: read on the text.)
      if (endsBefore(c, m.start(2), postEnd)) return;
    }
    if (!conflicts(pre, post)) return;
    int end = m.group(3) != null ? m.end(3) + (m.group(4) == null ? 0 : m.group(4).length()) : m.end();
    String span = c.text.substring(s, end);
    String fixed = c.text.substring(s, postStart) + c.text.substring(postEnd, end);
    out.add(c.finding(id(), Severity.WARNING, s, end,
        "约数标记重复：“" + pre + "”与“" + post + "”不宜同用，保留其一，如“" + fixed + "”", fixed));
  }

  /**
   * Whether a quantity found holds the number at {@code from} but ends before {@code to}, the end
   * of the marker after it.
   */
  private static boolean endsBefore(CheckContext c, int from, int to) {
    int holding = c.quantityAt(from);
    return holding >= 0 && c.end(holding) < to;
  }

  /** Which pre- and post-markers say the same thing twice, or contradict each other. */
  static boolean conflicts(String pre, String post) {
    return switch (pre) {
      case "大约", "约", "将近", "接近", "近" -> true; // 约…左右, 近…余, 近…以上
      case "超过", "逾", "至少" -> post.equals("以上") || post.equals("余") || post.equals("多")
          || post.equals("开外") || post.equals("左右");
      case "不到", "不足" -> true;
      default -> false;
    };
  }
}
