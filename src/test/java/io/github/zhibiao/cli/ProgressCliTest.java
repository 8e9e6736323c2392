package io.github.zhibiao.cli;

import static io.github.zhibiao.cli.ProgressTest.screen;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.cli.ExtractCommandTest.Run;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Progress on the command line: on standard error only when asked for or when standard error is a
 * terminal, never with {@code --quiet}, never on standard output, erased at the end and before
 * every message. The clock advances a second each time it is read, so that every update draws.
 */
class ProgressCliTest {
  private static final String TEXT = "广西：项目总投资约20亿元，同比增长8.5%。\n\n"
      + "海南：全省集中开工项目总投资298亿元，同比增长5%。\n\n浙江：投资同比增长10%。\n";

  @TempDir Path dir;

  /** A clock that moves on a second each time it is read. */
  private static LongSupplier fastClock() {
    long[] now = {0};
    return () -> now[0] += 1_000_000_000L;
  }

  private static Terminal terminal(boolean stderr) {
    return new Terminal(stderr, false, fastClock());
  }

  private static Run run(Terminal terminal, InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), terminal);
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  private static Run run(Terminal terminal, String... args) {
    return run(terminal, InputStream.nullInputStream(), args);
  }

  /** Two files of figures in {@code dir}/in. */
  private Path inputs() throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.txt"), TEXT);
    // b.txt also has a share that check finds wrong (413/450 is 91.8%).
    Files.writeString(in.resolve("b.txt"), TEXT.replace("广西", "四川")
        + "\n全年450项任务中，已完成413项，占比达到93.8%。\n");
    return in;
  }

  /** The command's arguments: stats by province, report to standard output. */
  private static String[] args(String command, String... rest) {
    List<String> args = new ArrayList<>(List.of(command));
    if (command.equals("stats")) args.addAll(List.of("--by", "province"));
    if (command.equals("report")) args.addAll(List.of("-o", "-"));
    args.addAll(List.of(rest));
    return args.toArray(new String[0]);
  }

  @ParameterizedTest
  @ValueSource(strings = {"extract", "totals", "stats", "check", "report"})
  void progress_onStandardErrorOnly_erasedAtTheEnd_outputUnchanged(String command)
      throws IOException {
    Path in = inputs();
    Run plain = ExtractCommandTest.run(args(command, in.toString()));
    assertThat(plain.err()).isEmpty();
    assertThat(plain.out()).isNotEmpty();

    Run shown = run(terminal(false), args(command, "--progress", in.toString()));
    assertThat(shown.status()).isEqualTo(plain.status());
    assertThat(shown.out()).isEqualTo(plain.out());
    assertThat(shown.out()).doesNotContain("files ").doesNotContain("\r");
    assertThat(shown.err()).contains("\rfiles 1/2  MB 0.0/0.0  ").contains("\rfiles 2/2  MB 0.0/0.0  ")
        .contains(" MB/s  ETA ");
    assertThat(screen(shown.err())).as("the terminal is left clean").containsExactly("");
  }

  @Test
  void terminal_progressByDefault_quietWins() throws IOException {
    Path in = inputs();
    Run auto = run(terminal(true), "totals", in.toString());
    assertThat(auto.err()).contains("\rfiles 2/2  ");
    assertThat(screen(auto.err())).containsExactly("");

    assertThat(run(terminal(true), "totals", "--quiet", in.toString()).err()).isEmpty();
    Run both = run(terminal(true), "totals", "--quiet", "--progress", in.toString());
    assertThat(both.err()).isEmpty();
    assertThat(both.out()).isEqualTo(auto.out());
  }

  @Test
  void noTerminal_silentByDefault() throws IOException {
    Path in = inputs();
    assertThat(run(terminal(false), "extract", in.toString()).err()).isEmpty();
    assertThat(run(terminal(false), "report", "-o", "-", in.toString()).err()).isEmpty();
    // Main.run: the streams given are not taken for terminals.
    assertThat(ExtractCommandTest.run("totals", in.toString()).err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"extract", "report"}) // read in chunks, read whole
  void unreadableFile_errorOnItsOwnLine_progressDrawnBeforeAndAfter(String command)
      throws IOException {
    Path in = inputs();
    String missing = dir.resolve("missing.txt").toString();
    Run r = run(terminal(false), args(command, "--progress", in.resolve("a.txt").toString(),
        missing, in.resolve("b.txt").toString()));
    assertThat(r.status()).isEqualTo(2);
    String error = "zhibiao: cannot read " + missing + ": no such file";
    assertThat(screen(r.err())).containsExactly(error, "");
    int at = r.err().indexOf(error);
    assertThat(r.err().substring(0, at)).contains("\rfiles 1/3  ")
        .endsWith("\r"); // erased, not glued
    assertThat(r.err().substring(at)).contains("\rfiles 2/3  ").contains("\rfiles 3/3  ");
  }

  @Test
  void standardInput_sizeUnknown_noTotalNoEta() {
    byte[] text = TEXT.getBytes(StandardCharsets.UTF_8);
    Run r = run(terminal(false), new ByteArrayInputStream(text), "extract", "--progress", "-");
    assertThat(r.err()).contains("\rfiles 1/1  MB 0.0  0.0 MB/s").doesNotContain("ETA")
        .doesNotContain("MB 0.0/");
    assertThat(r.out()).isEqualTo(ExtractCommandTest.run(new ByteArrayInputStream(text),
        "extract", "-").out());
  }

  @Test
  void largeFile_progressWithinTheFile() throws IOException {
    Path big = dir.resolve("big.txt");
    Files.writeString(big, TEXT.repeat(1_300_000 / TEXT.getBytes(StandardCharsets.UTF_8).length));
    Run r = run(terminal(false), "totals", "--progress", big.toString());
    assertThat(r.status()).isZero();
    assertThat(r.err()).contains("\rfiles 0/1  MB 1.0/1.3  ").contains("\rfiles 0/1  MB 1.3/1.3  ")
        .contains("\rfiles 1/1  MB 1.3/1.3  ");
    assertThat(screen(r.err())).containsExactly("");
  }

  @Test
  void outputOnTheSameScreen_lineErasedBeforeOutput() throws IOException {
    Path in = inputs();
    Run plain = ExtractCommandTest.run("extract", "--format", "tsv", in.toString());
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    PrintStream s = new PrintStream(screen, true, StandardCharsets.UTF_8);
    int status = Main.run(new String[] {"extract", "--format", "tsv", in.toString()},
        InputStream.nullInputStream(), s, s, new Terminal(true, true, fastClock()));
    assertThat(status).isZero();
    String raw = screen.toString(StandardCharsets.UTF_8);
    assertThat(raw).contains("\rfiles 1/2  ");
    List<String> expected = new ArrayList<>(plain.outLines());
    expected.add("");
    assertThat(screen(raw)).containsExactlyElementsOf(expected);
  }

  @Test
  void help_listsTheOptions() {
    for (String command : List.of("extract", "totals", "stats", "check", "report")) {
      assertThat(ExtractCommandTest.run(command, "--help").out()).as(command)
          .contains("--progress").contains("--quiet");
    }
  }
}
