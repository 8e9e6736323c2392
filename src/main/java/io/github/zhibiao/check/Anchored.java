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

  Anchored(Pattern pattern, String anchors, int before, int after) {
    this.pattern = pattern;
    this.anchors = CharSet.of(anchors);
    this.before = before;
    this.after = after;
  }

  /** Calls {@code each} with the matcher positioned on each match, in text order. */
  void forEachMatch(String text, Consumer<Matcher> each) {
    Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int n = text.length();
    int lastEnd = 0;
    for (int k = 0; k < n; k++) {
      if (k < lastEnd || !anchors.contains(text.charAt(k))) continue;
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
