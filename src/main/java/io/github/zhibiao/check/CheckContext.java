package io.github.zhibiao.check;

import io.github.zhibiao.Document;
import io.github.zhibiao.Finding;
import io.github.zhibiao.Indicator;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.Severity;
import io.github.zhibiao.Span;
import io.github.zhibiao.indicator.Structure;
import io.github.zhibiao.text.NormalizedText;
import java.util.List;

/**
 * What the rules read, computed once per text: the original and normalized text, the extracted
 * document (quantities and indicators), the layout, and the house-style options; and, on first
 * use, what several rules derive from them (the deletions, the indicator of each quantity, the
 * moves), so that each is found once per text however many rules read it.
 *
 * <p>Not thread-safe: one instance per call of {@link Checker#check}.
 */
final class CheckContext {
  final String original;
  final NormalizedText normalized;
  /** The normalized text. */
  final String text;
  final Document document;
  final Structure structure;
  final Checker.Options options;
  /** Normalized start and end of each quantity, parallel to {@code document.quantities()}. */
  private final int[] starts;
  private final int[] ends;
  // Derived on first use; see the accessors.
  private List<int[]> deletions;
  private Indicator[] figureIndicators;
  private List<Moves.Move> moves;
  private java.util.Set<Span> moving;

  CheckContext(NormalizedText normalized, Structure structure, Document document,
      Checker.Options options) {
    this.original = normalized.original();
    this.normalized = normalized;
    this.text = normalized.text();
    this.document = document;
    this.structure = structure;
    this.options = options;
    List<Quantity> qs = document.quantities();
    this.starts = new int[qs.size()];
    this.ends = new int[qs.size()];
    for (int i = 0; i < qs.size(); i++) {
      Span s = qs.get(i).span();
      starts[i] = normalized.toNormalized(s.start());
      ends[i] = Math.max(starts[i], normalized.toNormalized(Math.max(s.start(), s.end() - 1)) + 1);
    }
  }

  List<Quantity> quantities() {
    return document.quantities();
  }

  List<Indicator> indicators() {
    return document.indicators();
  }

  /** Normalized start of quantity i. */
  int start(int i) {
    return starts[i];
  }

  /** Normalized end of quantity i. */
  int end(int i) {
    return ends[i];
  }

  /** The index of the last quantity whose normalized start is before {@code offset}, or -1. */
  int lastQuantityBefore(int offset) {
    int lo = 0;
    int hi = starts.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** The index of the quantity whose normalized range holds {@code offset}, or -1. */
  int quantityAt(int offset) {
    int last = lastQuantityBefore(offset + 1); // the last quantity starting at or before offset
    return last >= 0 && end(last) > offset ? last : -1;
  }

  /** Normalized start of a quantity of this document. */
  int start(Quantity q) {
    return normalized.toNormalized(q.span().start());
  }

  /** The span in the original text of the normalized range [from, to). */
  Span original(int from, int to) {
    return normalized.toOriginal(from, to);
  }

  /** A finding on the normalized range [from, to), with the original text of its span. */
  Finding finding(String rule, Severity severity, int from, int to, String message,
      String suggestion) {
    Span span = original(from, to);
    return new Finding(rule, severity, span, original.substring(span.start(), span.end()),
        message, suggestion);
  }

  /** A finding on a span of the original text. */
  Finding finding(String rule, Severity severity, Span span, String message, String suggestion) {
    return new Finding(rule, severity, span, original.substring(span.start(), span.end()),
        message, suggestion);
  }

  /** {@link Forms#deletions(NormalizedText)} of the normalized text (read by A1 and A2). */
  List<int[]> deletions() {
    if (deletions == null) deletions = Forms.deletions(normalized);
    return deletions;
  }

  /** {@link Figures#indicators} (read by B3, B5 and D6); callers must not write to it. */
  Indicator[] figureIndicators() {
    if (figureIndicators == null) figureIndicators = Figures.indicators(this);
    return figureIndicators;
  }

  /** {@link Moves#find} (read by B5, B6, D1, D4 and, through {@link #moving}, the C rules). */
  List<Moves.Move> moves() {
    if (moves == null) moves = Moves.find(this); // read only, by the rules
    return moves;
  }

  /** {@link Mentions#moving}: the spans of the quantities at either end of a move. */
  java.util.Set<Span> moving() {
    if (moving == null) moving = Mentions.moving(this); // read only, by the rules
    return moving;
  }
}
