package io.github.zhibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every finding of every rule on the seed documents, against the hand-reviewed golden files
 * ({@code seeds/golden/*.findings.tsv}: rule, severity, start, end, text, message, suggestion;
 * backslash, tab, LF and CR escaped; an empty suggestion is none). Seed 004 is a clean policy
 * document and has none.
 *
 * <p>After a deliberate change of behaviour, regenerate with {@code mvn test
 * -Dtest=SeedFindingsTest -Dgolden.update=true}, then review every changed line by hand ({@code
 * git diff seeds/golden}) before committing: each finding must be a real problem or a real PDF
 * artifact.
 */
class SeedFindingsTest {
  private static final String HEADER = "rule\tseverity\tstart\tend\ttext\tmessage\tsuggestion";
  private static final Checker CHECKER = Checker.builder().failFast().build();

  static Stream<Path> seeds() throws IOException {
    return Golden.seeds();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void check_matchesGolden(Path seed) throws IOException {
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    List<String> actual = new ArrayList<>();
    actual.add(HEADER);
    for (Finding f : CHECKER.check(text)) {
      assertThat(f.text()).isEqualTo(f.span().slice(text));
      actual.add(String.join("\t", f.rule(), f.severity().id(),
          Integer.toString(f.span().start()), Integer.toString(f.span().end()), Golden.escape(f.text()),
          Golden.escape(f.message()), f.suggestion() == null ? "" : Golden.escape(f.suggestion())));
    }
    Golden.assertMatches(seed, ".findings.tsv", actual);
  }
}
