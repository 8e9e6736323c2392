package io.github.zhibiao;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into the text the caller passed in.
 *
 * <p>Spans always refer to the caller's original string, never to a normalized copy:
 *
 * <pre>{@code
 * String text = "总投资约２２６２亿元";
 * Quantity q = Zhibiao.create().findQuantities(text).get(0);
 * q.span();                  // [3, 10)
 * q.span().slice(text);      // "约２２６２亿元", the same string as q.text()
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; treat as a value type.
 *
 * @param start the first index, inclusive, {@code >= 0}
 * @param end the index after the last character, exclusive, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  /** Checks the bounds. */
  public Span {
    checkArgument(start >= 0 && end >= start, "invalid span [%s, %s)", start, end);
  }

  /** Returns the number of UTF-16 code units covered. */
  public int length() {
    return end - start;
  }

  /** Returns whether this span and {@code other} share at least one index. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Returns whether {@code other} lies wholly inside this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /**
   * Returns the characters of {@code text} that this span covers.
   *
   * @param text the text this span refers to, not null
   * @throws IndexOutOfBoundsException if the span does not fit inside {@code text}
   */
  public String slice(CharSequence text) {
    checkNotNull(text, "text");
    return text.subSequence(start, end).toString();
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(Span other) {
    int c = Integer.compare(start, other.start);
    return c != 0 ? c : Integer.compare(end, other.end);
  }

  /** Returns {@code [start, end)}. */
  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
