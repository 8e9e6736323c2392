package io.github.zhibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.Golden;
import io.github.zhibiao.Zhibiao;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code check(text)}, which extracts the text itself and keeps its layout for the rules, gives
 * exactly what {@code check(zhibiao.extract(text))} gives.
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
  }

  @Property(tries = 500)
  void anyTextGivesTheSameFindings(@ForAll("texts") String text) {
    assertThat(CHECKER.check(text)).isEqualTo(CHECKER.check(ZHIBIAO.extract(text)));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(CheckPropertiesTest.ALPHABET).list().ofMaxSize(60)
        .map(tokens -> String.join("", tokens));
  }
}
