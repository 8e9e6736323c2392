package io.github.zhibiao.text;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkPositionIndex;
import static com.google.common.base.Preconditions.checkPositionIndexes;

import com.google.common.collect.ImmutableList;
import io.github.zhibiao.Span;
import java.util.List;

/**
 * A text after normalization, with the map back to the caller's original.
 *
 * <p>Normalization only ever <em>deletes</em> characters or <em>replaces one character by one</em>:
 *
 * <ul>
 *   <li>full-width digits and Latin letters fold to ASCII ({@code ２８} → {@code 28}); the symbols
 *       that live inside numbers fold only there ({@code ２８．９％} → {@code 28.9%}, {@code
 *       １２，５００} → {@code 12,500}), so Chinese punctuation in prose stays as it is;
 *   <li>line breaks inside a sentence (narrow newspaper columns: {@code 4400余万\n\n元}) are deleted;
 *       paragraph breaks are kept;
 *   <li>runs doubled by PDF fake-bold in headlines are repaired ({@code 山西：发布发布108108个混改项目个混改项目}
 *       → {@code 山西：发布108个混改项目}); genuine reduplication ({@code 常常}, {@code 看看}, {@code 1111}) is
 *       left alone;
 *   <li>stray spaces between a number and what follows it ({@code 335.5 亿元}) are deleted.
 * </ul>
 *
 * <p>Because of that, every character of {@link #text()} comes from exactly one character of
 * {@link #original()}, and {@link #toOriginal(int, int)} maps any span exactly:
 *
 * <pre>{@code
 * NormalizedText n = NormalizedText.of("山西：发布发布108108个混改项目个混改项目");
 * n.text();                 // "山西：发布108个混改项目"
 * n.toOriginal(5, 9);       // [7, 14): "108108个", the original slice from '1' to '个'
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class NormalizedText {
  private final String original;
  private final String text;
  // Sparse map, as Lucene's BaseCharFilter: from normalized index at[k] on, shift[k] characters
  // of the original were deleted before. at[] is strictly increasing; empty for an identity map.
  // Each entry stands for one maximal deleted run, so shift[] is strictly increasing too (what
  // deletions() reads off); a run at the very end of the text has no entry.
  private final int[] at;
  private final int[] shift;
  // Where a search of the map starts, by blocks of 64 characters: byText[w] is the number of
  // entries with at[k] <= 64w, byOriginal[w] the number with at[k] + shift[k] <= 64w (where
  // segment k starts in the original). A lookup then searches only the entries inside its block,
  // none or one in news text, instead of halving the whole map: the figures of a long text map
  // their spans both ways, and a column-broken megabyte has over ten thousand entries. Null when
  // the map has no entries (nothing deleted, or only a run at the very end). 1/16 byte per
  // character each.
  private final int[] byText;
  private final int[] byOriginal;

  NormalizedText(String original, String text, int[] at, int[] shift) {
    this.original = original;
    this.text = text;
    this.at = at;
    this.shift = shift;
    if (at.length == 0) {
      byText = null;
      byOriginal = null;
    } else {
      byText = blocks(at, null, text.length());
      byOriginal = blocks(at, shift, original.length());
    }
  }

  /**
   * For each w in [0, length / 64 + 1] (one past the last block of [0, length], read as {@code
   * firsts[w + 1]}): the number of entries whose key, {@code at[k]} (plus {@code shift[k]} if
   * shift is given), is at or before 64w.
   */
  private static int[] blocks(int[] at, int[] shift, int length) {
    int[] firsts = new int[(length >>> 6) + 2];
    int k = 0;
    for (int w = 0; w < firsts.length; w++) {
      long blockStart = (long) w << 6;
      while (k < at.length && at[k] + (shift == null ? 0 : shift[k]) <= blockStart) k++;
      firsts[w] = k;
    }
    return firsts;
  }

  /**
   * The last k with {@code at[k] (+ shift[k]) <= p}, or -1: a binary search among the entries of
   * p's block only.
   */
  private int lastEntryAtOrBefore(int p, boolean inOriginal) {
    int[] firsts = inOriginal ? byOriginal : byText;
    int w = p >>> 6;
    int lo = firsts[w]; // every entry before lo is at or before p
    int hi = firsts[w + 1]; // every entry from hi on is beyond p (it is beyond the block)
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (at[mid] + (inOriginal ? shift[mid] : 0) <= p) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /**
   * Normalizes {@code original}. Never throws on any text.
   *
   * @param original the caller's text, not null
   */
  public static NormalizedText of(String original) {
    checkNotNull(original, "original");
    return Normalizer.normalize(original);
  }

  /** Returns the caller's text, unchanged. */
  public String original() {
    return original;
  }

  /** Returns the normalized text. */
  public String text() {
    return text;
  }

  /** Returns whether normalization deleted nothing (it may still have folded characters 1:1). */
  public boolean isLengthPreserving() {
    // Not at.length == 0: a deletion at the very end ("发布发布发布发布" → "发布发布") has no map entry.
    return text.length() == original.length();
  }

  /**
   * Maps an index of {@link #text()} to the index in {@link #original()} of the same character.
   * The index {@code text().length()} maps to {@code original().length()}.
   *
   * @param index a position in {@code [0, text().length()]}
   * @throws IndexOutOfBoundsException if {@code index} is outside that range
   */
  public int toOriginal(int index) {
    checkPositionIndex(index, text.length());
    if (index == text.length()) {
      return original.length();
    }
    return index + shiftAt(index);
  }

  /**
   * Maps the half-open span {@code [startInclusive, endExclusive)} of {@link #text()} to the span
   * of {@link #original()} from its first character to its last. Characters deleted inside the
   * span (a column break, a doubled run) are inside the mapped span too; an empty span maps to an
   * empty span.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= startInclusive <= endExclusive <=
   *     text().length()}
   */
  public Span toOriginal(int startInclusive, int endExclusive) {
    checkPositionIndexes(startInclusive, endExclusive, text.length());
    int start = toOriginal(startInclusive);
    if (startInclusive == endExclusive) {
      return new Span(start, start);
    }
    return new Span(start, toOriginal(endExclusive - 1) + 1);
  }

  /**
   * Maps an index of {@link #original()} to the index in {@link #text()} of the first character
   * at or after it that normalization kept; the inverse of {@link #toOriginal(int)} on kept
   * characters. The index {@code original().length()} maps to {@code text().length()}.
   *
   * @param originalIndex a position in {@code [0, original().length()]}
   * @throws IndexOutOfBoundsException if {@code originalIndex} is outside that range
   */
  public int toNormalized(int originalIndex) {
    checkPositionIndex(originalIndex, original.length());
    // segment k keeps normalized [at[k], at[k+1]) at original [at[k] + shift[k], …); before
    // at[0] nothing moved. Find the last segment starting at or before originalIndex.
    if (at.length == 0) return Math.min(originalIndex, text.length());
    int k = lastEntryAtOrBefore(originalIndex, true);
    int i = originalIndex - (k < 0 ? 0 : shift[k]);
    int segmentEnd = k + 1 < at.length ? at[k + 1] : text.length();
    // past the segment's kept characters: originalIndex was deleted; the next kept one follows
    return Math.min(i, segmentEnd);
  }

  /**
   * Returns the runs of {@link #original()} that normalization deleted (a column break, the second
   * copy of a doubled run, a stray space), in text order: non-empty spans, none adjacent to the
   * next; empty if nothing was deleted. Read off the map, so it costs one step per run.
   *
   * <pre>{@code
   * NormalizedText.of("山西：发布发布108108个混改项目个混改项目").deletions();
   * // [[5, 7), [10, 13), [18, 23)]: the second 发布, 108 and 个混改项目
   * }</pre>
   */
  public List<Span> deletions() {
    ImmutableList.Builder<Span> out = ImmutableList.builderWithExpectedSize(at.length + 1);
    int before = 0; // characters deleted before the current segment
    for (int k = 0; k < at.length; k++) {
      // the run ends where segment k's first kept character stands in the original
      out.add(new Span(at[k] + before, at[k] + shift[k]));
      before = shift[k];
    }
    int tail = text.length() + before; // a run at the very end has no map entry
    if (tail < original.length()) out.add(new Span(tail, original.length()));
    return out.build();
  }

  private int shiftAt(int index) {
    if (at.length == 0) return 0;
    int k = lastEntryAtOrBefore(index, false);
    return k < 0 ? 0 : shift[k];
  }

  @Override
  public String toString() {
    return text;
  }
}
