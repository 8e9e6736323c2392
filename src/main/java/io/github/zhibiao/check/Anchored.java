package io.github.zhibiao.check;

import io.github.zhibiao.number.CharSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression searched over a whole text only near the characters every match must
 * contain, giving exactly the matches of {@link Matcher#find()} over the whole text.
 *
 * <p>Searching the whole text runs the pattern's alternation at every position (three rules did:
 * that was most of the time of {@code check}); here the pattern runs only in a window around each
 * anchor character. The window is exact when the bounds hold for every match: it contains an
 * anchor, starts at most {@code before} characters before the first anchor it contains, and ends at
 * most {@code after} characters after it (so the pattern has bounded length). Lookbehind sees past
 * the window (transparent bounds).
 */
final class Anchored {
  private final Pattern pattern;
  /** The anchor characters: one read per character of the text. */
  private final CharSet anchors;
  private final int before;
  private final int after;

  /**
   * A test at an anchor that is false only where no match holds that anchor (the characters a
   * match needs next to it are not there), so that the pattern need not run there.
   */
  @FunctionalInterface
  interface Gate {
    boolean mayMatch(String text, int anchor);
  }

  private final Gate gate;

  Anchored(Pattern pattern, String anchors, int before, int after) {
    this(pattern, anchors, before, after, (text, anchor) -> true);
  }

  Anchored(Pattern pattern, String anchors, int before, int after, Gate gate) {
    this.pattern = pattern;
    this.anchors = CharSet.of(anchors);
    this.before = before;
    this.after = after;
    this.gate = gate;
  }

  /** Calls {@code each} with the matcher positioned on each match, in text order. */
  void forEachMatch(String text, Consumer<Matcher> each) {
    Matcher m = null; // made at the first anchor: most short texts have none
    int n = text.length();
    int lastEnd = 0;
    for (int k = 0; k < n; k++) {
      if (k < lastEnd || !anchors.contains(text.charAt(k)) || !gate.mayMatch(text, k)) continue;
      if (m == null) {
        m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      }
      m.region(Math.max(lastEnd, k - before), Math.min(n, k + after));
      if (before == 0) {
        // A match whose first anchor is its first character: try k alone.
        if (m.lookingAt()) {
          each.accept(m);
          lastEnd = m.end();
        }
        continue;
      }
      // The first match that holds k; one that ends before k held an earlier anchor and was
      // taken there, one that starts after k holds a later anchor and is taken there.
      while (m.find()) {
        if (m.end() <= k) continue;
        if (m.start() > k) break;
        each.accept(m);
        lastEnd = m.end();
        break;
      }
    }
  }
}
