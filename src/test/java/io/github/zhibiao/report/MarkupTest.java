package io.github.zhibiao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibiao.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MarkupTest {
  /** A test layer: {@code <m>} for tier 0, {@code <f id=…>} for tier 1. */
  record L(Span span, int tier, String name) implements Markup.Layer {
    @Override
    public String open(boolean first) {
      String tag = tier == 0 ? "m" : "f";
      return "<" + tag + (first ? " id=\"" + name + "\"" : "") + " data-n=\"" + name + "\">";
    }

    @Override
    public String close() {
      return tier == 0 ? "</m>" : "</f>";
    }
  }

  private static String write(String text, Markup.Layer... layers) throws IOException {
    StringBuilder out = new StringBuilder();
    Markup.write(text, List.of(layers), out);
    return out.toString();
  }

  @Test
  void write_findingOverPartOfAFigure_isSplitAndNestedInsideTheMark() throws IOException {
    String text = "总投资约2262亿元，同比";
    // figure [3, 10) 约2262亿元; finding [1, 5) 投资约2 crosses its start.
    String html = write(text, new L(new Span(3, 10), 0, "q"), new L(new Span(1, 5), 1, "f"));
    assertThat(html).isEqualTo("总<f id=\"f\" data-n=\"f\">投资</f><m id=\"q\" data-n=\"q\">"
        + "<f data-n=\"f\">约2</f>262亿元</m>，同比");
  }

  @Test
  void write_findingInsideAFigure_nests() throws IOException {
    String html = write("增长8.5%。", new L(new Span(2, 6), 0, "q"), new L(new Span(2, 5), 1, "f"));
    assertThat(html).isEqualTo(
        "增长<m id=\"q\" data-n=\"q\"><f id=\"f\" data-n=\"f\">8.5</f>%</m>。");
  }

  @Test
  void write_findingCoveringSeveralFigures_staysOneElementOutsideNone() throws IOException {
    // The finding covers both figures and the text between: it is split at each mark edge.
    String html = write("甲1个乙2个丙", new L(new Span(1, 3), 0, "a"), new L(new Span(4, 6), 0, "b"),
        new L(new Span(0, 7), 1, "f"));
    assertThat(html).isEqualTo("<f id=\"f\" data-n=\"f\">甲</f><m id=\"a\" data-n=\"a\">"
        + "<f data-n=\"f\">1个</f></m><f data-n=\"f\">乙</f><m id=\"b\" data-n=\"b\">"
        + "<f data-n=\"f\">2个</f></m><f data-n=\"f\">丙</f>");
  }

  @Test
  void write_crossingFindings_splitTheLaterOne() throws IOException {
    String html = write("abcdef", new L(new Span(0, 4), 1, "x"), new L(new Span(2, 6), 1, "y"));
    assertThat(html).isEqualTo("<f id=\"x\" data-n=\"x\">ab<f id=\"y\" data-n=\"y\">cd</f></f>"
        + "<f data-n=\"y\">ef</f>");
  }

  @Test
  void write_emptySpan_isAnEmptyElementInPlace() throws IOException {
    String html = write("ab", new L(new Span(1, 1), 1, "p"), new L(new Span(2, 2), 1, "e"));
    assertThat(html).isEqualTo(
        "a<f id=\"p\" data-n=\"p\"></f>b<f id=\"e\" data-n=\"e\"></f>");
  }

  @Test
  void write_escapesTheText_andKeepsLineBreaks() throws IOException {
    String text = "<b>\"1\" & '2'</b>\n\n3个";
    String html = write(text, new L(new Span(text.length() - 2, text.length()), 0, "q"));
    assertThat(html).isEqualTo("&lt;b&gt;&quot;1&quot; &amp; &#39;2&#39;&lt;/b&gt;\n\n"
        + "<m id=\"q\" data-n=\"q\">3个</m>");
  }

  @Test
  void write_spanBeyondTheText_throws() {
    assertThatThrownBy(() -> write("ab", new L(new Span(1, 3), 0, "q")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[1, 3)");
  }

  /** Random layers of both tiers: always well nested, the text intact, each id once. */
  @Test
  void write_randomLayers_wellNestedAndTextIntact() throws IOException {
    Random random = new Random(8);
    for (int round = 0; round < 500; round++) {
      int length = random.nextInt(30);
      StringBuilder t = new StringBuilder();
      for (int i = 0; i < length; i++) t.append("一<&2\n".charAt(random.nextInt(5)));
      String text = t.toString();
      List<Markup.Layer> layers = new ArrayList<>();
      // Figures do not overlap one another; findings overlap anything.
      int at = 0;
      while (length > 0 && at < length && random.nextBoolean()) {
        int start = at + random.nextInt(length - at);
        int end = start + 1 + random.nextInt(Math.min(4, length - start));
        layers.add(new L(new Span(start, end), 0, "q" + layers.size()));
        at = end;
      }
      for (int k = random.nextInt(4); k > 0; k--) {
        int start = length == 0 ? 0 : random.nextInt(length + 1);
        int end = start + random.nextInt(length - start + 1);
        layers.add(new L(new Span(start, end), 1, "f" + layers.size()));
      }
      StringBuilder out = new StringBuilder();
      Markup.write(text, layers, out);
      TagScanner s = TagScanner.scan(out.toString());
      s.assertWellNested();
      assertThat(s.text.toString()).isEqualTo(text);
      List<String> ids = new ArrayList<>();
      for (TagScanner.Tag tag : s.tags) {
        if (tag.attributes().containsKey("id")) ids.add(tag.attributes().get("id"));
        // A figure's mark is never split, and never inside a finding.
        if (tag.name().equals("m") && !tag.end()) assertThat(tag.attributes()).containsKey("id");
      }
      assertThat(ids).doesNotHaveDuplicates().hasSize(layers.size());
      int depth = 0;
      for (TagScanner.Tag tag : s.tags) {
        if (tag.name().equals("f")) depth += tag.end() ? -1 : 1;
        if (tag.name().equals("m") && !tag.end()) assertThat(depth).isZero();
      }
    }
  }
}
