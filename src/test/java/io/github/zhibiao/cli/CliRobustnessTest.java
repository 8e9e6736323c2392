package io.github.zhibiao.cli;

import static io.github.zhibiao.cli.ExtractCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.zhibiao.cli.ExtractCommandTest.Run;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every input-reading command ({@code extract}, {@code totals}, {@code stats}) does with
 * awkward input: the same output whatever the encoding, one warning line for malformed bytes, one
 * line for a binary, missing or unreadable file, no stack trace unless {@code --debug}, no trap in
 * a symbolic link loop, and exit status 2 for usage and input errors.
 */
class CliRobustnessTest {
  /** Figures for all three commands: investment to total, growth rates to describe. */
  private static final String TEXT = "广西：项目总投资约20亿元，同比增长8.5%。\n\n"
      + "海南：全省集中开工项目总投资298亿元，同比增长5%。\n\n浙江：投资同比增长10%。\n";

  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.write(p, bytes);
  }

  /** The command's arguments for one input: stats describes growth rates by province. */
  private static String[] args(String command, String... rest) {
    List<String> args = new ArrayList<>(List.of(command));
    if (command.equals("stats")) args.addAll(List.of("--indicator", "growth_rate", "--by", "province"));
    if (!command.equals("extract")) args.addAll(List.of("--format", "jsonl"));
    args.addAll(List.of(rest));
    return args.toArray(new String[0]);
  }

  /** Standard output without the source names, which differ by file. */
  private static String outWithoutSources(Run r, Path file) {
    return r.out().replace(file.toString(), "SOURCE");
  }

  private static byte[] bom(int... bytes) {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) b[i] = (byte) bytes[i];
    return b;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) out.writeBytes(p);
    return out.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(strings = {"extract", "totals", "stats"})
  void encodings_detectedOrForced_sameOutput(String command) throws IOException {
    Path utf8 = write("utf8.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    Run expected = run(args(command, utf8.toString()));
    assertThat(expected.status()).isZero();
    assertThat(expected.err()).isEmpty();
    assertThat(expected.outLines()).hasSizeGreaterThanOrEqualTo(2);
    String reference = outWithoutSources(expected, utf8);

    List<Path> detected = List.of(
        write("bom.txt", concat(bom(0xEF, 0xBB, 0xBF), TEXT.getBytes(StandardCharsets.UTF_8))),
        write("gb18030.txt", TEXT.getBytes(Charset.forName("GB18030"))),
        write("gbk.txt", TEXT.getBytes(Charset.forName("GBK"))),
        write("utf16le.txt", concat(bom(0xFF, 0xFE), TEXT.getBytes(StandardCharsets.UTF_16LE))),
        write("utf16be.txt", concat(bom(0xFE, 0xFF), TEXT.getBytes(StandardCharsets.UTF_16BE))));
    for (Path p : detected) {
      Run r = run(args(command, p.toString()));
      assertThat(r.err()).as("%s %s", command, p.getFileName()).isEmpty();
      assertThat(r.status()).isZero();
      assertThat(outWithoutSources(r, p)).as("%s %s", command, p.getFileName())
          .isEqualTo(reference);
    }
    Path gbk = dir.resolve("gbk.txt");
    Run forced = run(args(command, "--encoding", "GBK", gbk.toString()));
    assertThat(forced.err()).isEmpty();
    assertThat(outWithoutSources(forced, gbk)).isEqualTo(reference);
    // Forcing the wrong charset decodes anyway, with one warning.
    Run wrong = run(args(command, "--encoding", "UTF-8", gbk.toString()));
    assertThat(wrong.status()).isZero();
    assertThat(wrong.errLines()).containsExactly(
        "zhibiao: warning: " + gbk + ": malformed UTF-8 at byte 0, replaced with U+FFFD");
  }

  @ParameterizedTest
  @ValueSource(strings = {"extract", "totals", "stats"})
  void malformedBytes_oneWarningNamingFileAndOffset(String command) throws IOException {
    byte[] head = "广西：项目总投资约20亿元，".getBytes(StandardCharsets.UTF_8);
    byte[] tail = TEXT.substring(TEXT.indexOf('同')).getBytes(StandardCharsets.UTF_8);
    Path bad = write("bad.txt", concat(head, bom(0xFF, 0xC3), tail, bom(0x80)));
    Run r = run(args(command, bad.toString()));
    assertThat(r.status()).isZero();
    assertThat(r.errLines()).containsExactly("zhibiao: warning: " + bad
        + ": malformed UTF-8 at byte " + head.length + ", replaced with U+FFFD");
    assertThat(r.outLines()).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"extract", "totals", "stats"})
  void binaryFile_skippedWithOneLine_othersRead(String command) throws IOException {
    Path bin = write("a.txt", bom('P', 'K', 3, 4, 0, 0, 1, 0, '8', '%', 0));
    Path good = write("b.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    Run r = run(args(command, dir.toString()));
    assertThat(r.status()).isZero();
    assertThat(r.errLines()).containsExactly("zhibiao: skipping binary file " + bin);
    assertThat(outWithoutSources(r, good))
        .isEqualTo(outWithoutSources(run(args(command, good.toString())), good));
  }

  @ParameterizedTest
  @ValueSource(strings = {"extract", "totals", "stats"})
  void missingFile_oneLineWithoutStackTrace_exit2_stackTraceWithDebug(String command)
      throws IOException {
    Path good = write("good.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    String missing = dir.resolve("missing.txt").toString();
    Run r = run(args(command, missing, good.toString()));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly("zhibiao: cannot read " + missing + ": no such file");
    assertThat(r.outLines()).isNotEmpty();

    Run debug = run(args(command, "--debug", missing));
    assertThat(debug.status()).isEqualTo(2);
    assertThat(debug.errLines().get(0))
        .isEqualTo("zhibiao: cannot read " + missing + ": no such file");
    assertThat(debug.err()).contains("NoSuchFileException").contains("\tat ");
  }

  /**
   * A file the kernel refuses to read although it exists and is "readable": {@code
   * /proc/self/mem} fails with an I/O error at offset 0, even for root, for whom permission bits
   * do not apply (see {@link #unreadableFile_permissionDenied}).
   */
  @ParameterizedTest
  @ValueSource(strings = {"extract", "totals", "stats"})
  void fileFailingOnRead_oneLine_exit2(String command) {
    Path mem = Path.of("/proc/self/mem");
    assumeTrue(Files.exists(mem), "no /proc/self/mem here");
    Run r = run(args(command, mem.toString()));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith("zhibiao: cannot read " + mem + ": ");
    assertThat(r.err()).doesNotContain("\tat ");
  }

  /** Skipped when running as root: permission bits do not apply to root. */
  @ParameterizedTest
  @ValueSource(strings = {"extract", "totals", "stats"})
  void unreadableFile_permissionDenied(String command) throws IOException {
    Path secret = write("secret.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    assumeTrue(secret.toFile().setReadable(false) && !Files.isReadable(secret),
        "cannot make a file unreadable here (running as root?)");
    Run r = run(args(command, secret.toString()));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly(
        "zhibiao: cannot read " + secret + ": permission denied");
  }

  @ParameterizedTest
  @ValueSource(strings = {"extract", "totals", "stats"})
  void symlinkLoop_walkTerminates_eachFileOnce(String command) throws IOException {
    Path loop = dir.resolve("loop");
    Path a = write("loop/a.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    try {
      Files.createSymbolicLink(loop.resolve("self"), loop);
      Files.createSymbolicLink(loop.resolve("sub"), Files.createDirectories(loop.resolve("d")));
      Files.createSymbolicLink(loop.resolve("d").resolve("back"), loop);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here");
    }
    Run r = run(args(command, loop.toString()));
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(outWithoutSources(r, a))
        .isEqualTo(outWithoutSources(run(args(command, a.toString())), a));
  }

  @ParameterizedTest
  @ValueSource(strings = {"extract", "totals", "stats"})
  void usageErrors_exit2_oneMessagePlusHint_noStackTrace(String command) {
    for (String[] args : List.of(new String[] {command}, new String[] {command, "--nope", "a"},
        new String[] {command, "--date", "yesterday", "a"})) {
      Run r = run(args);
      assertThat(r.status()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.errLines()).hasSize(2);
      assertThat(r.errLines().get(0)).startsWith("zhibiao: ");
      assertThat(r.errLines().get(1)).isEqualTo("Try 'zhibiao " + command
          + " --help' for more information.");
      assertThat(r.err()).doesNotContain("\tat ");
    }
  }
}
