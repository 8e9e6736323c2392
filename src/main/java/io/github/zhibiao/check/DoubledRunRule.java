package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import io.github.zhibiao.Span;
import java.util.List;

/**
 * A2: text doubled by PDF fake-bold, where each run of a headline was drawn twice: {@code
 * 山西：发布发布108108个混改项目个混改项目}, {@code 北京北京：：保障房开工保障房开工55万套…}. The normalizer has repaired
 * such lines; this reports each repaired line once, with the repaired line as the suggestion: an
 * error in a headline (headline errors count double), a warning elsewhere.
 *
 * <p>It also reports a short line doubled character by character, which the normalizer leaves alone
 * because single characters may be genuine reduplication: {@code 顾顾 阳阳} (a byline, 顾阳). Such a
 * line must be short, wholly made of doubled ideographs, with at least two pairs of two different
 * characters ({@code 常常}, {@code 哈哈哈哈} and {@code 谢谢} alone are not reported).
 */
final class DoubledRunRule extends CatalogueRule {
  /** A line doubled by character is a byline or a short headline. */
  private static final int MAX_CHAR_DOUBLED = 24;

  DoubledRunRule() {
    super("A2", Severity.ERROR);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    String o = c.original;
    int lastLineEnd = -1;
    for (int[] d : c.deletions()) {
      if (d[1] < lastLineEnd || whitespaceOnly(o, d[1], d[2])) continue;
      int ls = o.lastIndexOf('\n', d[1] - 1) + 1;
      int le = o.indexOf('\n', d[1]);
      if (le < 0) le = o.length();
      lastLineEnd = le;
      // The span is the whole original line, so that the suggestion replaces every doubled
      // character, also a deleted one at its end (…2828..99%%).
      while (ls < le && Character.isWhitespace(o.charAt(ls))) ls++;
      while (le > ls && Character.isWhitespace(o.charAt(le - 1))) le--;
      int from = c.normalized.toNormalized(ls);
      int to = c.normalized.toNormalized(le);
      while (to > from && Character.isWhitespace(c.text.charAt(to - 1))) to--;
      if (from >= to) continue;
      String repaired = c.text.substring(from, to);
      boolean headline = c.structure.inHeadline(from);
      out.add(c.finding(id(), headline ? Severity.ERROR : Severity.WARNING, new Span(ls, le),
          (headline ? "标题" : "") + "文字重复（PDF伪粗体叠印），应为“" + repaired + "”",
          repaired));
    }
    charDoubledLines(c, out);
  }

  /** Read on the original lines: the normalizer may have joined a short byline to its column. */
  private void charDoubledLines(CheckContext c, List<Finding> out) {
    String o = c.original;
    int ls = 0;
    while (ls <= o.length()) {
      int le = o.indexOf('\n', ls);
      if (le < 0) le = o.length();
      int a = ls;
      int b = le;
      while (a < b && Character.isWhitespace(o.charAt(a))) a++;
      while (b > a && Character.isWhitespace(o.charAt(b - 1))) b--;
      if (b - a >= 4 && b - a <= MAX_CHAR_DOUBLED) {
        String collapsed = collapse(o, a, b);
        if (collapsed != null) {
          out.add(c.finding(id(), Severity.WARNING, new Span(a, b),
              "文字逐字重复（PDF伪粗体叠印），应为“" + collapsed + "”", collapsed));
        }
      }
      ls = le + 1;
    }
  }

  /** The line with each doubled ideograph once, or null unless it is wholly doubled. */
  private static String collapse(String t, int a, int b) {
    StringBuilder s = new StringBuilder();
    int pairs = 0;
    char first = 0;
    boolean distinct = false;
    int k = a;
    while (k < b) {
      char ch = t.charAt(k);
      if (Forms.inlineSpace(ch)) {
        s.append(ch);
        k++;
        continue;
      }
      if (!Forms.han(ch) || k + 1 >= b || t.charAt(k + 1) != ch) return null;
      if (pairs == 0) first = ch;
      else if (ch != first) distinct = true;
      pairs++;
      s.append(ch);
      k += 2;
    }
    return pairs >= 2 && distinct ? s.toString() : null;
  }

  private static boolean whitespaceOnly(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isWhitespace(s.charAt(k))) return false;
    }
    return true;
  }
}
