package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import io.github.zhibiao.indicator.Structure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * C5: a sentence or a run of sentences repeated word for word, WARNING (整句或整段文字排重: text
 * set twice across columns, or a paragraph pasted twice). The repeat is reported, not the first
 * occurrence; a run of repeated sentences in a row within one paragraph is one finding, with the
 * empty suggestion (delete it), so that a finding is never longer than a paragraph.
 *
 * <p>Only sentences that end in 。！？； and hold at least {@value #MIN_LENGTH} characters, {@value
 * #MIN_HAN} of them Chinese, outside headlines and with a figure in them, open a repeat (a shorter one after it continues the
 * repeated paragraph): a short formula such as {@code 同比增长5.1%。} may
 * rightly stand under two headings, a note or a formula of speech ({@code 注：部分数据因四舍五入…},
 * {@code 谢谢你的提问…}) is repeated on purpose, and a headline repeated in the body is C1's and A2's concern.
 * A sentence repeated with another number ({@code 签约项目41个} / {@code 42个}) is C2's. Linear: one
 * hash of each sentence.
 */
final class DuplicateSentenceRule extends CatalogueRule {
  static final int MIN_LENGTH = 20;
  static final int MIN_HAN = 12;
  /** A shorter sentence counts only right after a repeat: the rest of a repeated paragraph. */
  static final int MIN_CONTINUED = 4;

  DuplicateSentenceRule() {
    super("C5", Severity.WARNING);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    String t = c.text;
    int n = t.length();
    Map<String, Integer> seen = new HashMap<>();
    int runFrom = -1; // the repeated run being built: normalized [runFrom, runTo)
    int runTo = -1;
    int p = 0;
    while (p < n) {
      int end = Math.max(p + 1, c.structure.sentenceEnd(p));
      int from = p;
      int to = end;
      while (from < to && Character.isWhitespace(t.charAt(from))) from++;
      while (to > from && Character.isWhitespace(t.charAt(to - 1))) to--;
      p = end;
      if (to - from < MIN_CONTINUED || c.structure.inHeadline(from)
          || !Structure.isSentenceEnd(t.charAt(to - 1))) {
        continue;
      }
      String key = t.substring(from, to);
      Integer first = seen.putIfAbsent(key, from);
      if (first == null) continue;
      if (runFrom >= 0 && blank(t, runTo, from)
          && c.structure.paragraphStart(from) == c.structure.paragraphStart(runFrom)) {
        runTo = to; // the next sentence of a repeated paragraph, however short
        continue;
      }
      if (!isLong(t, from, to) || !holdsFigure(c, from, to)) continue;
      report(c, out, runFrom, runTo);
      runFrom = from;
      runTo = to;
    }
    report(c, out, runFrom, runTo);
  }

  private void report(CheckContext c, List<Finding> out, int from, int to) {
    if (from < 0) return;
    out.add(c.finding(id(), severity(), from, to, "文字重复：与前文完全相同，请核对是否排重", ""));
  }

  /** Whether the sentence [from, to) is long enough to open a repeat. */
  private static boolean isLong(String t, int from, int to) {
    if (to - from < MIN_LENGTH) return false;
    int han = 0;
    for (int k = from; k < to && han < MIN_HAN; k++) {
      if (Forms.han(t.charAt(k))) han++;
    }
    return han >= MIN_HAN;
  }

  /**
   * Whether a figure the finder reports stands in [from, to): a formula repeated under each table
   * ({@code 注：部分数据因四舍五入的原因，存在总计与分项合计不等的情况。}) or each answer is no error.
   */
  private static boolean holdsFigure(CheckContext c, int from, int to) {
    int q = c.lastQuantityBefore(to);
    return q >= 0 && c.start(q) >= from;
  }

  /** Whether [from, to) holds only white space. */
  private static boolean blank(String t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isWhitespace(t.charAt(k))) return false;
    }
    return true;
  }
}
