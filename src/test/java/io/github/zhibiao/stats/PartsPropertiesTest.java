package io.github.zhibiao.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The one-pass reader of {@link Totals.Parts} gives the answer of the plain definition (the last
 * 其中 of the gap, no sentence end after it, at most one before it) for any sequence of questions:
 * the same earlier figure asked about many later ones, earlier figures moving on, and figures out
 * of text order.
 */
class PartsPropertiesTest {

  /** The definition, read afresh for every question. */
  private static boolean reference(String text, int from, int to) {
    if (from >= to || to > text.length()) return false;
    String gap = text.substring(from, to);
    int at = gap.lastIndexOf("其中");
    if (at < 0) return false;
    return ends(gap, at + 2, gap.length()) == 0 && ends(gap, 0, at) <= 1;
  }

  private static int ends(String s, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      if ("。！？!?".indexOf(s.charAt(k)) >= 0) n++;
    }
    return n;
  }

  @Provide
  Arbitrary<String> texts() {
    // Few characters, so that 其中, 其其中, 中其 and sentence ends meet often.
    return Arbitraries.of('其', '中', '。', '！', '?', '投', '，').list().ofMaxSize(60)
        .map(cs -> cs.stream().collect(StringBuilder::new, StringBuilder::append,
            StringBuilder::append).toString());
  }

  @Property(tries = 3000)
  void agreesWithTheDefinition(
      @ForAll("texts") String text,
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 64) Integer> positions) {
    Totals.Parts parts = new Totals.Parts(text);
    for (int k = 0; k + 1 < positions.size(); k += 2) {
      int from = positions.get(k);
      int to = positions.get(k + 1);
      // Mostly keep the earlier figure and move the later one on, as the totals do.
      if (k >= 2 && from % 3 != 0) from = positions.get(k - 2);
      assertThat(parts.isPart(from, to))
          .as("text %s, from %d, to %d", text, from, to)
          .isEqualTo(reference(text, from, to));
    }
  }
}
