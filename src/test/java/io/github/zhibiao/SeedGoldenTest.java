package io.github.zhibiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed documents against their hand-checked golden files ({@code seeds/golden/*.tsv}).
 *
 * <p>Each golden row is one quantity: start, end, text (with {@code \n} escaped), value, low,
 * high, unit, qualifier. After a deliberate change of behaviour, regenerate with {@code mvn test
 * -Dtest=SeedGoldenTest -Dgolden.update=true}, then review every changed line by hand ({@code git
 * diff seeds/golden}) before committing.
 */
class SeedGoldenTest {
  private static final Path SEEDS = Path.of("seeds");
  private static final Path GOLDEN = SEEDS.resolve("golden");
  private static final String HEADER = "start\tend\ttext\tvalue\tlow\thigh\tunit\tqualifier";
  private static final Zhibiao ZHIBIAO = Zhibiao.create();

  static Stream<Path> seeds() throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      List<Path> list = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      assertThat(list).hasSize(5);
      return list.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void findQuantities_matchesGolden(Path seed) throws IOException {
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    List<Quantity> found = ZHIBIAO.findQuantities(text);
    for (Quantity q : found) {
      assertThat(q.text()).isEqualTo(q.span().slice(text));
    }
    List<String> actual = new ArrayList<>();
    actual.add(HEADER);
    for (Quantity q : found) actual.add(row(q));
    Path golden = GOLDEN.resolve(seed.getFileName().toString().replace(".txt", ".tsv"));
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.write(golden, actual, StandardCharsets.UTF_8);
    }
    List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8);
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  private static String row(Quantity q) {
    return String.join(
        "\t",
        Integer.toString(q.span().start()),
        Integer.toString(q.span().end()),
        q.text().replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
            .replace("\t", "\\t"),
        plain(q.value()),
        plain(q.low()),
        plain(q.high()),
        q.unit().symbol(),
        q.qualifier().id());
  }

  private static String plain(BigDecimal v) {
    return v == null ? "" : v.toPlainString();
  }
}
