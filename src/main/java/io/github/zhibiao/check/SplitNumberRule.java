package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import io.github.zhibiao.number.QuantityScanner;
import java.util.List;

/**
 * A1: a figure split by a line break, {@code 4400余万\n\n元}, {@code 30\n亿元}, {@code 2\n023年}.
 * The normalizer has joined it; this reports the join, with the joined figure as the suggestion.
 *
 * <p>In newspaper column text every line break inside a sentence is a column break, so a break is
 * reported only when it falls inside an Arabic number ({@code 91.\n8%}, {@code 4400余万\n元}: GB/T
 * 15835 5.1.7.2, a number stays on one line) or between such a number and its unit or classifier
 * ({@code 198\n个}, {@code 2023\n\n年}). A break before a number ({@code 列为\n2018年}), inside a
 * qualifier ({@code 超\n过340亿元}) or after a Chinese numeral ({@code 两\n\n年}: Chinese text breaks
 * anywhere) is ordinary layout and not reported.
 */
final class SplitNumberRule extends CatalogueRule {
  SplitNumberRule() {
    super("A1", Severity.WARNING);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    String t = c.text;
    for (int[] d : c.deletions()) {
      int i = d[0];
      if (i == 0 || i >= t.length() || !lineBreakOnly(c.original, d[1], d[2])) continue;
      int numStart = numberStart(t, i);
      if (numStart < 0) continue;
      char a = t.charAt(i - 1);
      char z = t.charAt(i);
      boolean inside = a == '.' || Forms.digit(z) || z == '.' || z == '%' || z == '‰'
          || ((z == '万' || z == '亿') && Forms.digit(a));
      int end = -1;
      int q = quantityAround(c, i);
      if (q >= 0) {
        end = c.end(q);
      } else if (inside) {
        end = i;
        while (end - numStart < SPAN && end < t.length() && (Forms.digit(t.charAt(end))
            || t.charAt(end) == '.' || t.charAt(end) == '%' || t.charAt(end) == '‰'
            || t.charAt(end) == '万' || t.charAt(end) == '亿')) {
          end++;
        }
        if (end - numStart >= SPAN) continue; // no number: 1.1.1.1… across lines
      } else if (z == '年' || z == '月' || z == '日') {
        end = i + 1; // 2023\n\n年: a year is no quantity, but it is a figure with its unit
      }
      if (end <= i) continue;
      String joined = t.substring(numStart, end);
      String message = inside
          ? "数字“" + joined + "”被换行拆开（数值不应移行，或为PDF分栏断行），已按“" + joined + "”读取"
          : "数字与单位被换行拆开（或为PDF分栏断行），已按“" + joined + "”读取";
      out.add(c.finding(id(), severity(), numStart, end, message, joined));
    }
    digitBreaks(c, out);
  }

  /**
   * A column break between two digits, which the normalizer keeps as one space so that two words
   * do not merge ({@code 12\n3.5亿元} reads {@code 12 3.5亿元}): in newspaper column text this is a
   * number split across lines, and the figure as extracted is wrong. The suggestion joins it.
   */
  private void digitBreaks(CheckContext c, List<Finding> out) {
    String t = c.text;
    for (int i = 1; i + 1 < t.length(); i++) {
      if (t.charAt(i) != ' ' || !Forms.digit(t.charAt(i - 1)) || !Forms.digit(t.charAt(i + 1))) {
        continue;
      }
      char o = c.original.charAt(c.normalized.toOriginal(i));
      if (o != '\n' && o != '\r') continue;
      int numStart = numberStart(t, i);
      if (numStart < 0) continue; // a run longer than SPAN
      // 表1\n, 附件2\n: a caption's number; 10:30\n10个, 2024-08-15\n5000万元: a time or a date
      // ends its line (总投资：10\n26亿元 is still a split)
      if (numStart > 0 && "表图第附页件".indexOf(t.charAt(numStart - 1)) >= 0) continue;
      if (numStart > 1 && ":-/：".indexOf(t.charAt(numStart - 1)) >= 0
          && Forms.digit(t.charAt(numStart - 2))) {
        continue;
      }
      int end = i + 1;
      while (end - numStart < SPAN && end < t.length() && (Forms.digit(t.charAt(end))
          || t.charAt(end) == '.' || t.charAt(end) == '%' || t.charAt(end) == '‰')) {
        end++;
      }
      if (end - numStart >= SPAN) continue;
      // the finder reports neither part of a split number (10\n26亿元): take its magnitude and
      // unit from the text
      int tail = 0;
      while (end + tail < t.length() && tail < 2 && "万亿".indexOf(t.charAt(end + tail)) >= 0) {
        tail++;
      }
      end += tail + QuantityScanner.standard().unitLength(t, end + tail);
      String joined = t.substring(numStart, i) + t.substring(i + 1, end);
      out.add(c.finding(id(), severity(), numStart, end,
          "数字疑被换行拆开（数值不应移行，或为PDF分栏断行），应为“" + joined + "”，请核对", joined));
    }
  }

  /**
   * The longest run of digits, points and commas read as one number ({@link
   * io.github.zhibiao.Zhibiao#MAX_DIGITS} digits and their separators). Without a bound a text of
   * {@code 1.1.\n} lines, joined into one run with a deletion per line, read the run from each
   * deletion and put it in each message: 25,000 characters ran out of a 4 GB heap.
   */
  private static final int SPAN = 100;

  /** Whether the deleted original characters are whitespace with at least one line break. */
  private static boolean lineBreakOnly(String s, int from, int to) {
    boolean br = false;
    for (int k = from; k < to; k++) {
      char ch = s.charAt(k);
      if (ch == '\n' || ch == '\r') br = true;
      else if (!Forms.inlineSpace(ch)) return false;
    }
    return br;
  }

  /**
   * The start of the Arabic number that ends just before normalized index {@code i} ({@code 30},
   * {@code 4400余万}, {@code 91.}), or -1 when what precedes the break is not one.
   */
  private static int numberStart(String t, int i) {
    int j = i - 1;
    int tail = 0;
    while (j >= 0 && tail < 3 && "余多万亿".indexOf(t.charAt(j)) >= 0) {
      j--;
      tail++;
    }
    if (j < 0 || !(Forms.digit(t.charAt(j)) || (tail == 0 && t.charAt(j) == '.'))) return -1;
    int k = j;
    while (k > 0 && (Forms.digit(t.charAt(k - 1)) || t.charAt(k - 1) == '.'
        || t.charAt(k - 1) == ',')) {
      if (j - k >= SPAN) return -1;
      k--;
    }
    while (k <= j && !Forms.digit(t.charAt(k))) k++;
    return k <= j ? k : -1;
  }

  /** The quantity whose normalized range holds both sides of the break at i, or -1. */
  private static int quantityAround(CheckContext c, int i) {
    int found = c.lastQuantityBefore(i);
    for (int k = found; k >= 0 && k > found - 4; k--) {
      if (c.start(k) < i && c.end(k) > i) return k;
    }
    return -1;
  }
}
