package io.github.zhibiao.cli;

import java.util.Arrays;

/**
 * The lines of one text, for the line, column and line bounds of the offsets the CLI reports.
 *
 * <p>Columns are counted in code points from the line's start; the last answer is remembered, so
 * that offsets asked in text order on one long line cost their distance from the previous one,
 * not from the line's start. (Counting from the start made {@code check} quadratic on a text of
 * one line: 100,000 findings on a line of 800,000 characters took 70 s; the whole run now takes
 * under 5 s, nearly all of it the checks.)
 * Not thread-safe: one per text and thread.
 */
final class LineIndex {
  private final String text;
  private final int[] starts;
  private int lastLine = -1;
  private int lastOffset;
  private int lastColumn;

  LineIndex(String text) {
    this.text = text;
    int n = 1;
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') n++;
    starts = new int[n];
    int k = 1;
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts[k++] = i + 1;
  }

  /** The number of line feeds in the text: the lines it adds to a running line count. */
  int lineFeeds() {
    return starts.length - 1;
  }

  /** The 0-based line of offset {@code p} (0 ≤ p ≤ length). */
  int line(int p) {
    if (lastLine >= 0 && p >= starts[lastLine]
        && (lastLine + 1 == starts.length || p < starts[lastLine + 1])) {
      return lastLine;
    }
    int k = Arrays.binarySearch(starts, p);
    return k >= 0 ? k : -k - 2;
  }

  /** The 1-based column of offset {@code p} on its line, in code points. */
  int column(int p) {
    int k = line(p);
    if (k != lastLine || p < lastOffset) {
      lastLine = k;
      lastOffset = starts[k];
      lastColumn = 1;
    }
    int column = lastColumn + text.codePointCount(lastOffset, p);
    if (p > 0 && p < text.length() && Character.isLowSurrogate(text.charAt(p))
        && Character.isHighSurrogate(text.charAt(p - 1))) {
      // p splits a pair, whose high half counted as one: remember the pair's start instead, so
      // that counting on from there counts the pair once
      lastOffset = p - 1;
      lastColumn = column - 1;
    } else {
      lastOffset = p;
      lastColumn = column;
    }
    return column;
  }

  /** The offset of line {@code k}'s first character. */
  int start(int k) {
    return starts[k];
  }

  /** The end of line {@code k}: its line feed (or the text's end), before a {@code \r}. */
  int end(int k) {
    int e = k + 1 < starts.length ? starts[k + 1] - 1 : text.length();
    if (e > starts[k] && text.charAt(e - 1) == '\r') e--;
    return e;
  }
}
