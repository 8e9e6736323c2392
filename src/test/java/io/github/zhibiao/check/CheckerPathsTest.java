package io.github.zhibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.Document;
import io.github.zhibiao.Golden;
import io.github.zhibiao.Zhibiao;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code check(text)} and {@code extractAndCheck(text, date)}, which extract the text themselves
 * and keep its layout for the rules, give exactly what {@code zhibiao.extract(text, date)} and
 * {@code check} of that document give.
 */
class CheckerPathsTest {
  private static final Checker CHECKER = Checker.create();
  private static final Zhibiao ZHIBIAO = Zhibiao.create();

  static Stream<Path> seeds() throws IOException {
    return Golden.seeds();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void seedsGiveTheSameFindings(Path seed) throws IOException {
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    assertThat(CHECKER.check(text)).isEqualTo(CHECKER.check(ZHIBIAO.extract(text)));
    assertSamePaths(text, null);
    assertSamePaths(text, DATE);
  }

  @Property(tries = 500)
  void anyTextGivesTheSameFindings(@ForAll("texts") String text) {
    assertThat(CHECKER.check(text)).isEqualTo(CHECKER.check(ZHIBIAO.extract(text)));
    assertSamePaths(text, DATE);
  }

  /** A date that resolves 今年 and 去年, so that the date must reach the document. */
  private static final LocalDate DATE = LocalDate.of(2019, 7, 15);

  private static void assertSamePaths(String text, LocalDate date) {
    CheckedDocument checked = CHECKER.extractAndCheck(text, date);
    Document document = ZHIBIAO.extract(text, date);
    assertThat(checked.document()).isEqualTo(document);
    assertThat(checked.findings()).isEqualTo(CHECKER.check(document));
  }

  @Example
  void extractAndCheck_passesTheDateToTheDocument() {
    String text = "今年上半年，全省固定资产投资同比增长8.5%。";
    CheckedDocument checked = CHECKER.extractAndCheck(text, DATE);
    assertThat(checked.document().date()).isEqualTo(DATE);
    assertThat(checked.document().indicators()).singleElement()
        .satisfies(i -> assertThat(i.period().start()).isEqualTo(LocalDate.of(2019, 1, 1)));
    assertThat(CHECKER.extractAndCheck(text, null).document().indicators()).singleElement()
        .satisfies(i -> assertThat(i.period().start()).isNull());
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(CheckPropertiesTest.ALPHABET).list().ofMaxSize(60)
        .map(tokens -> String.join("", tokens));
  }
}
