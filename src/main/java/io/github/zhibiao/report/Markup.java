package io.github.zhibiao.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.html.HtmlEscapers;
import io.github.zhibiao.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Lays elements over spans of a text and writes the text as escaped HTML with the elements
 * properly nested, built from the sorted boundaries of the spans, never by replacing strings.
 *
 * <p>Layers may overlap in any way. The elements open at any point always form one stack, in a
 * canonical order: by {@link Layer#tier()} (outermost first), then by start, longer first. Where a
 * layer ends while a layer above it in the stack goes on, or a layer of a lower tier begins inside
 * an open one of a higher tier, the upper element is closed and opened again: it is split into
 * pieces, and {@link Layer#open(boolean)} is told which piece is the first (the one to carry an
 * {@code id}). So a finding that covers part of a figure is split at the figure's edges and
 * nested inside its {@code <mark>}, and the mark itself stays whole:
 *
 * <pre>{@code
 * text      总投资约2262亿元，同比增长8.5%
 * figure          [-------)          figure: tier 0
 * finding      [-------)             finding: tier 1
 * html      总投<f>资约</f><mark><f>22</f>62亿元</mark>，…
 * }</pre>
 *
 * <p>An empty span is written as an empty element at its position. Text is escaped with Guava's
 * {@link HtmlEscapers}; the tags come from the layers, which must escape what they put in them.
 * Not thread-safe; used once per document.
 */
final class Markup {
  /** One element over a span of the text. */
  interface Layer {
    /** Where, in the text. */
    Span span();

    /** Lower tiers nest outside higher ones: figures are 0, findings 1. */
    int tier();

    /** The opening tag; {@code first} for the first piece of a split element. */
    String open(boolean first);

    /** The closing tag. */
    String close();
  }

  private Markup() {}

  /**
   * Writes {@code text} with {@code layers} laid over it.
   *
   * @param text the text, not null
   * @param layers the elements, in any order; every span must lie inside the text
   * @param out where the HTML goes
   * @throws IllegalArgumentException if a span ends beyond the text
   */
  static void write(String text, List<? extends Layer> layers, Appendable out)
      throws IOException {
    checkNotNull(text, "text");
    // Canonical stack order; the index breaks ties so that no two layers compare equal.
    List<Layer> all = new ArrayList<>(layers);
    Comparator<Integer> order = Comparator.<Integer>comparingInt(i -> all.get(i).tier())
        .thenComparingInt(i -> all.get(i).span().start())
        .thenComparingInt(i -> -all.get(i).span().end())
        .thenComparingInt(i -> i);
    TreeMap<Integer, List<Integer>> starts = new TreeMap<>();
    TreeMap<Integer, List<Integer>> ends = new TreeMap<>();
    TreeMap<Integer, List<Integer>> points = new TreeMap<>();
    TreeSet<Integer> bounds = new TreeSet<>(List.of(0, text.length()));
    for (int i = 0; i < all.size(); i++) {
      Span s = all.get(i).span();
      checkArgument(s.end() <= text.length(), "span %s beyond the text (length %s)", s,
          text.length());
      if (s.length() == 0) {
        points.computeIfAbsent(s.start(), k -> new ArrayList<>()).add(i);
      } else {
        starts.computeIfAbsent(s.start(), k -> new ArrayList<>()).add(i);
        ends.computeIfAbsent(s.end(), k -> new ArrayList<>()).add(i);
      }
      bounds.add(s.start());
      bounds.add(s.end());
    }
    TreeSet<Integer> active = new TreeSet<>(order);
    List<Integer> stack = new ArrayList<>();
    Set<Integer> opened = new HashSet<>();
    Integer previous = null;
    for (int b : bounds) {
      if (previous != null) {
        out.append(HtmlEscapers.htmlEscaper().escape(text.substring(previous, b)));
      }
      for (int i : ends.getOrDefault(b, List.of())) active.remove(i);
      for (int i : starts.getOrDefault(b, List.of())) active.add(i);
      List<Integer> desired = new ArrayList<>(active);
      int common = 0;
      while (common < stack.size() && common < desired.size()
          && stack.get(common).equals(desired.get(common))) {
        common++;
      }
      for (int k = stack.size() - 1; k >= common; k--) out.append(all.get(stack.get(k)).close());
      stack.subList(common, stack.size()).clear();
      for (int i : points.getOrDefault(b, List.of())) {
        out.append(all.get(i).open(true)).append(all.get(i).close());
      }
      for (int k = common; k < desired.size(); k++) {
        int i = desired.get(k);
        out.append(all.get(i).open(opened.add(i)));
        stack.add(i);
      }
      previous = b;
    }
    // Every layer ends by text.length(), the last bound: the stack is empty here.
    checkArgument(stack.isEmpty(), "unclosed layers");
  }
}
