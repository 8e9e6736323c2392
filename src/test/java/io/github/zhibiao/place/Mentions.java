package io.github.zhibiao.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** Renders mentions compactly for assertions: {@code 婺城区=330702}, {@code 川^510000}. */
final class Mentions {
  private Mentions() {}

  static final Gazetteer GAZETTEER = Gazetteer.standard();

  /**
   * Finds the mentions in {@code text}, checks the span invariants, and renders each as surface,
   * {@code =} (a name) or {@code ^} (an abbreviation), and the code.
   */
  static List<String> of(String text) {
    List<PlaceMention> mentions = GAZETTEER.find(text);
    checkInvariants(text, mentions);
    List<String> out = new ArrayList<>();
    for (PlaceMention m : mentions) {
      out.add(
          text.substring(m.start(), m.end()) + (m.abbreviation() ? "^" : "=") + m.place().code());
    }
    return out;
  }

  /** Spans are in bounds, non-empty, non-overlapping and in text order. */
  static void checkInvariants(CharSequence text, List<PlaceMention> mentions) {
    int last = 0;
    for (PlaceMention m : mentions) {
      assertThat(m.start()).as("%s", m).isGreaterThanOrEqualTo(last);
      assertThat(m.end()).as("%s", m).isGreaterThan(m.start()).isLessThanOrEqualTo(text.length());
      last = m.end();
    }
  }
}
