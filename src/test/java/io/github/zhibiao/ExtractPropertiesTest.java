package io.github.zhibiao;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.stats.Grouping;
import io.github.zhibiao.stats.Total;
import io.github.zhibiao.stats.Totals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The finders' invariants (FinderPropertiesTest) carried to the whole pipeline: {@code extract}
 * (indicator typing, periods, places) and {@code Totals}, on random text mixing the finder
 * alphabet, the indicator vocabulary and pieces of the seed documents.
 */
class ExtractPropertiesTest {
  private static final Zhibiao DEFAULT = Zhibiao.create();
  private static final Zhibiao ALL_NUMBERS = Zhibiao.builder().allNumbers(true).build();
  private static final List<Totals> TOTALS = List.of(Totals.standard(),
      Totals.builder().type(IndicatorType.COUNT).grouping(Grouping.place()).build(),
      Totals.builder().grouping(Grouping.region()).includeTargets(true).build());

  /** Sentences and lines of the seed documents, cut at 。 and line ends. */
  static final List<String> SEED_PIECES = seedPieces();

  private static List<String> seedPieces() {
    List<String> pieces = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        for (String line : Files.readString(p, StandardCharsets.UTF_8).split("\n")) {
          for (String s : line.split("(?<=。)")) {
            if (!s.isBlank()) pieces.add(s.length() > 120 ? s.substring(0, 120) : s);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(pieces);
  }

  @Provide
  Arbitrary<String> texts() {
    List<String> tokens = new ArrayList<>(FinderPropertiesTest.ALPHABET);
    tokens.addAll(IndicatorPropertiesTest.TOKENS);
    Arbitrary<String> token = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.of(tokens)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(SEED_PIECES)));
    return token.list().ofMinSize(0).ofMaxSize(40).map(t -> String.join("", t));
  }

  @Provide
  Arbitrary<String> singleLineTexts() {
    return texts().map(t -> t.replace("\n", ""));
  }

  @Property(tries = 600)
  void extract_anyText_everySpanValidAndDisjoint(@ForAll("texts") String text) {
    for (Zhibiao z : List.of(DEFAULT, ALL_NUMBERS)) {
      Document d = z.extract(text);
      assertThat(d.text()).isSameAs(text);
      int lastEnd = 0;
      Set<Span> quantitySpans = new HashSet<>();
      for (Quantity q : d.quantities()) {
        assertValid(text, q.span(), q.text());
        assertThat(q.span().start()).isGreaterThanOrEqualTo(lastEnd);
        lastEnd = q.span().end();
        quantitySpans.add(q.span());
      }
      Set<Span> mentions = new HashSet<>();
      for (Indicator i : d.indicators()) {
        assertValid(text, i.span(), i.text());
        for (Span s : i.mentions()) {
          assertThat(quantitySpans).contains(s);
          assertThat(mentions.add(s)).as("mention %s in two indicators", s).isTrue();
        }
        if (i.period() != null) assertValid(text, i.period().span(), i.period().text());
      }
      for (Totals t : TOTALS) {
        for (Total total : t.of(d)) {
          assertThat(total.contributions()).isNotEmpty();
          for (var c : total.contributions()) assertValid(text, c.span(), c.text());
        }
      }
    }
  }

  /**
   * Found by the property below (shrunk sample {@code 00（；）0}): an aside holding a sentence end
   * made the metric's phrase start before the keywords scanned (an assertion error under -ea).
   */
  @Example
  void extract_asideHoldingASentenceEnd_staysValid() {
    for (String text : List.of("00（；）0", "前言。\n\n00（；）0\n\n。后记", "投资（；）100亿元")) {
      for (Zhibiao z : List.of(DEFAULT, ALL_NUMBERS)) {
        Document d = z.extract(text);
        for (Indicator i : d.indicators()) assertValid(text, i.span(), i.text());
      }
    }
  }

  /**
   * A line embedded between paragraphs ending in 。 is extracted as alone: same quantities, same
   * indicators (type, value, status, metric, base, period, place), same totals.
   */
  @Property(tries = 600)
  void extract_embeddedBetweenParagraphs_sameResultsShifted(
      @ForAll("singleLineTexts") String text) {
    String prefix = "前言。\n\n";
    String embedded = prefix + text + "\n\n。后记";
    for (Zhibiao z : List.of(DEFAULT, ALL_NUMBERS)) {
      Document alone = z.extract(text);
      Document inside = z.extract(embedded);
      assertThat(summarize(inside, prefix.length())).as("'%s' embedded", text)
          .containsExactlyElementsOf(summarize(alone, 0));
      for (Totals t : TOTALS) {
        assertThat(totals(t.of(inside))).as("totals of '%s' embedded", text)
            .containsExactlyElementsOf(totals(t.of(alone)));
      }
    }
  }

  /** Every numeral of mixed seed text is found or rejected, never silently skipped. */
  @Property(tries = 600)
  void auditAndFind_mixedSeedText_coverEveryNumeral(@ForAll("texts") String text) {
    FinderPropertiesTest.assertCoverage(text);
  }

  private static void assertValid(String text, Span span, String slice) {
    assertThat(span.start()).isBetween(0, span.end());
    assertThat(span.end()).isLessThanOrEqualTo(text.length());
    assertThat(slice).isEqualTo(span.slice(text));
  }

  private static List<String> summarize(Document d, int shift) {
    List<String> out = new ArrayList<>();
    for (Quantity q : d.quantities()) {
      out.add("Q " + (q.span().start() - shift) + " " + q.text() + " " + q.value() + " "
          + q.low() + " " + q.high() + " " + q.unit() + " " + q.qualifier());
    }
    for (Indicator i : d.indicators()) {
      StringBuilder b = new StringBuilder("I ");
      for (Span s : i.mentions()) b.append(s.start() - shift).append(',');
      b.append(' ').append(i.type()).append(' ').append(i.value()).append(' ').append(i.low())
          .append(' ').append(i.high()).append(' ').append(i.status()).append(' ')
          .append(i.metric()).append(' ').append(i.base()).append(' ')
          .append(i.period() == null ? null : i.period().text() + " " + i.period().start() + " "
              + i.period().end() + " " + (i.period().span().start() - shift))
          .append(' ').append(i.place());
      out.add(b.toString());
    }
    return out;
  }

  private static List<String> totals(List<Total> rows) {
    List<String> out = new ArrayList<>();
    for (Total t : rows) {
      out.add(t.key() + " " + t.type() + " " + t.scope() + " " + t.unit() + " " + t.value() + " "
          + t.low() + " " + t.high() + " " + t.bound() + " " + t.count());
    }
    return out;
  }
}
