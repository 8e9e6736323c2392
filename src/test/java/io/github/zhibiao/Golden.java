package io.github.zhibiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The seed corpus and its golden files, shared by the golden tests.
 *
 * <p>With {@code -Dgolden.update=true} a golden test rewrites its file from what the code does
 * now; review every changed line by hand ({@code git diff seeds/golden}) before committing.
 */
public final class Golden {
  /** The bundled seed documents. */
  public static final Path SEEDS = Path.of("seeds");
  /** Their golden files. */
  public static final Path DIR = SEEDS.resolve("golden");

  private Golden() {}

  /** The five seed documents, in name order. */
  public static Stream<Path> seeds() throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      List<Path> list = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      assertThat(list).hasSize(5);
      return list.stream();
    }
  }

  /**
   * Asserts that {@code actual} equals the golden file of {@code seed} with this suffix
   * ({@code .tsv}, {@code .findings.tsv}), after rewriting it under {@code -Dgolden.update=true}.
   */
  public static void assertMatches(Path seed, String suffix, List<String> actual)
      throws IOException {
    Path golden = DIR.resolve(seed.getFileName().toString().replace(".txt", suffix));
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(DIR);
      Files.write(golden, actual, StandardCharsets.UTF_8);
    }
    List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8);
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  /** One golden-file field: backslash, LF, CR and tab escaped, so that a row stays one line. */
  public static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
        .replace("\t", "\\t");
  }
}
