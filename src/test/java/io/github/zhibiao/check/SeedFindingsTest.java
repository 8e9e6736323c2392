package io.github.zhibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.Finding;
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
  private static final Path SEEDS = Path.of("seeds");
  private static final Path GOLDEN = SEEDS.resolve("golden");
  private static final String HEADER = "rule\tseverity\tstart\tend\ttext\tmessage\tsuggestion";
  private static final Checker CHECKER = Checker.builder().failFast().build();

  static Stream<Path> seeds() throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      List<Path> list = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      assertThat(list).hasSize(5);
      return list.stream();
    }
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
          Integer.toString(f.span().start()), Integer.toString(f.span().end()), escape(f.text()),
          escape(f.message()), f.suggestion() == null ? "" : escape(f.suggestion())));
    }
    Path golden =
        GOLDEN.resolve(seed.getFileName().toString().replace(".txt", ".findings.tsv"));
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.write(golden, actual, StandardCharsets.UTF_8);
    }
    List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8);
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
        .replace("\t", "\\t");
  }
}
