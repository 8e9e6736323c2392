package io.github.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final String SAMPLE = "总投资约2262亿元，同比增长8.5%。";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** The outcome of one in-process run. */
  record Run(int status, String out, String err) {
    List<String> outLines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\n", -1)).subList(0,
          out.split("\n", -1).length - 1);
    }

    List<String> errLines() {
      return err.isEmpty() ? List.of() : err.lines().toList();
    }

    List<JsonNode> records() throws IOException {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : outLines()) nodes.add(JSON.readTree(line));
      return nodes;
    }
  }

  static Run run(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.write(p, bytes);
  }

  @Test
  void jsonl_fieldsInOrder_withExactDecimalsAsStrings() throws IOException {
    Path file = write("a.txt", SAMPLE);
    Run r = run("extract", file.toString());

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    List<JsonNode> records = r.records();
    assertThat(records).hasSize(2);

    JsonNode first = records.get(0);
    List<String> keys = new ArrayList<>();
    for (Iterator<String> it = first.fieldNames(); it.hasNext(); ) keys.add(it.next());
    assertThat(keys).containsExactly("source", "start", "end", "text", "value", "low", "high",
        "unit", "dimension", "unit_text", "qualifier", "indicator", "signed_value", "signed_low",
        "signed_high", "metric", "base", "period", "period_start", "period_end", "status",
        "province", "province_code", "place", "place_code", "repeat_of");
    assertThat(first.get("indicator").asText()).isEqualTo("investment");
    assertThat(first.get("status").asText()).isEqualTo("actual");
    assertThat(first.get("repeat_of").isNull()).isTrue();
    assertThat(first.get("source").asText()).isEqualTo(file.toString());
    assertThat(first.get("value").isTextual()).isTrue();
    assertThat(first.get("value").asText()).isEqualTo("226200000000");
    assertThat(first.get("low").isNull()).isTrue();
    assertThat(first.get("high").isNull()).isTrue();
    assertThat(first.get("unit").asText()).isEqualTo("元");
    assertThat(first.get("dimension").asText()).isEqualTo("money");
    assertThat(first.get("unit_text").asText()).isEqualTo("亿元");
    assertThat(first.get("qualifier").asText()).isEqualTo("approx");
    assertThat(first.get("text").asText()).isEqualTo("约2262亿元");

    JsonNode second = records.get(1);
    assertThat(second.get("value").asText()).isEqualTo("8.5");
    assertThat(second.get("unit").asText()).isEqualTo("%");
    assertThat(second.get("dimension").asText()).isEqualTo("percent");
    assertThat(second.get("qualifier").asText()).isEqualTo("exact");
    assertThat(second.get("indicator").asText()).isEqualTo("growth_rate");
    assertThat(second.get("signed_value").asText()).isEqualTo("8.5");
    assertThat(second.get("base").asText()).isEqualTo("同比");

    for (JsonNode rec : records) {
      assertThat(rec.get("start").isInt()).isTrue();
      String slice = SAMPLE.substring(rec.get("start").asInt(), rec.get("end").asInt());
      assertThat(rec.get("text").asText()).isEqualTo(slice);
    }
    // Exactly one line per record, each terminated by \n (no \r, whatever the platform).
    assertThat(r.out()).endsWith("}\n").doesNotContain("\r");
  }

  @Test
  void jsonl_rangeHasNullValueAndBothBounds() throws IOException {
    Path file = write("range.txt", "每亩补贴30万～50万元。");
    List<JsonNode> records = run("extract", file.toString()).records();
    assertThat(records).hasSize(1);
    JsonNode rec = records.get(0);
    assertThat(rec.get("value").isNull()).isTrue();
    assertThat(rec.get("low").asText()).isEqualTo("300000");
    assertThat(rec.get("high").asText()).isEqualTo("500000");
  }

  @Test
  void jsonl_escapesControlCharactersAndQuotes() throws IOException {
    String text = "完成投资额4400余万\n\n元，\"同比\"增长２８．９％";
    Path file = write("break.txt", text);
    Run r = run("extract", file.toString());
    assertThat(r.outLines()).hasSize(2);
    JsonNode first = r.records().get(0);
    assertThat(first.get("text").asText()).isEqualTo("4400余万\n\n元");
    assertThat(first.get("qualifier").asText()).isEqualTo("more_than");
    assertThat(first.get("low").asText()).isEqualTo("44000000");
    assertThat(r.outLines().get(0)).contains("\"4400余万\\n\\n元\"");
  }

  @Test
  void tsv_headerThenRows_withEscapedFields() throws IOException {
    Path file = write("tab\tname.txt", "完成投资额4400余万\n\n元，同比增长8.5%。");
    Run r = run("extract", "--format", "tsv", file.toString());

    assertThat(r.status()).isZero();
    List<String> lines = r.outLines();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo("source\tstart\tend\ttext\tvalue\tlow\thigh\tunit\tqualifier"
        + "\tindicator\tsigned_value\tmetric\tbase\tperiod\tperiod_start\tperiod_end\tstatus"
        + "\tprovince\tprovince_code\tplace\trepeat_of");
    String source = file.toString().replace("\t", "\\t");
    assertThat(lines.get(1)).isEqualTo(
        source + "\t5\t14\t4400余万\\n\\n元\t44000000\t44000000\t\t元\tmore_than"
            + "\tinvestment\t44000000\t完成投资额\t\t\t\t\tactual\t\t\t\t");
    assertThat(lines.get(2)).startsWith(source + "\t")
        .contains("\t8.5%\t8.5\t\t\t%\texact\tgrowth_rate\t8.5\t完成投资额\t同比\t");
    for (String line : lines) assertThat(line.split("\t", -1)).hasSize(21);
  }

  @Test
  void tsv_escapeOfBackslashTabAndNewlines() {
    assertThat(QuantityWriter.escape("a\\b\tc\nd\re")).isEqualTo("a\\\\b\\tc\\nd\\re");
    assertThat(QuantityWriter.escape("plain 文本")).isEqualTo("plain 文本");
  }

  @Test
  void table_perFileHeaderAndAlignedColumns() throws IOException {
    Path a = write("a.txt", SAMPLE);
    Run r = run("extract", "--format", "table", a.toString());
    assertThat(r.status()).isZero();
    List<String> lines = r.outLines();
    assertThat(lines.get(0)).isEqualTo("== " + a + " (2 quantities)");
    assertThat(lines.get(1)).startsWith("TEXT").contains("VALUE", "UNIT", "QUALIFIER", "SPAN");
    assertThat(lines.get(2)).contains("约2262亿元", "226200000000", "元", "approx", "[3, 10)");
    assertThat(lines.get(3)).contains("8.5%", "exact", "[15, 19)");
    // Columns line up in display width: QUALIFIER starts at the same column on every line.
    int col = TableWriter.width(lines.get(1).substring(0, lines.get(1).indexOf("QUALIFIER")));
    assertThat(TableWriter.width(lines.get(2).substring(0, lines.get(2).indexOf("approx"))))
        .isEqualTo(col);
    assertThat(TableWriter.width(lines.get(3).substring(0, lines.get(3).indexOf("exact"))))
        .isEqualTo(col);
  }

  @Test
  void missingFile_reportedOnOneLine_othersStillProcessed_exit2() throws IOException {
    Path good = write("good.txt", SAMPLE);
    String missing = dir.resolve("missing.txt").toString();
    Run r = run("extract", missing, good.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly("zhibiao: cannot read " + missing + ": no such file");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.errLines()).noneMatch(l -> l.startsWith("at ") || l.contains("\tat "));
    assertThat(r.records()).hasSize(2)
        .allMatch(n -> n.get("source").asText().equals(good.toString()));
  }

  @Test
  void missingFile_withDebug_showsTheStackTrace() {
    Run r = run("extract", "--debug", dir.resolve("missing.txt").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines().get(0)).endsWith(": no such file");
    assertThat(r.err()).contains("NoSuchFileException").contains("\tat ");
  }

  @Test
  void unreadableFile_permissionDenied() throws IOException {
    Path secret = write("secret.txt", SAMPLE);
    assumeTrue(secret.toFile().setReadable(false) && !Files.isReadable(secret),
        "cannot make a file unreadable here (running as root?)");
    Run r = run("extract", secret.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly(
        "zhibiao: cannot read " + secret + ": permission denied");
  }

  @Test
  void stdin_isReadForDash() {
    Run r = run(new ByteArrayInputStream(SAMPLE.getBytes(StandardCharsets.UTF_8)),
        "extract", "--format", "tsv", "-");
    assertThat(r.status()).isZero();
    assertThat(r.outLines()).hasSize(3);
    assertThat(r.outLines().get(1)).startsWith("-\t3\t10\t约2262亿元\t226200000000\t");
  }

  @Test
  void stdin_gb18030IsDetected() throws IOException {
    byte[] gb = SAMPLE.getBytes(Charset.forName("GB18030"));
    Run r = run(new ByteArrayInputStream(gb), "extract", "-");
    assertThat(r.err()).isEmpty();
    assertThat(r.records()).extracting(n -> n.get("text").asText())
        .containsExactly("约2262亿元", "8.5%");
  }

  @Test
  void directory_walkedRecursively_onlyTxt_sorted() throws IOException {
    write("docs/b.txt", "同比增长8.5%。");
    write("docs/a.txt", "总投资约2262亿元。");
    write("docs/sub/c.txt", "新开工项目117项。");
    write("docs/notes.md", "增长9%。");
    write("docs/a.txt.bak", "增长9%。");
    Path docs = dir.resolve("docs");
    Run r = run("extract", "--format", "tsv", docs.toString());

    assertThat(r.status()).isZero();
    assertThat(r.outLines()).hasSize(4);
    assertThat(r.outLines().subList(1, 4)).extracting(l -> l.split("\t")[0]).containsExactly(
        docs.resolve("a.txt").toString(), docs.resolve("b.txt").toString(),
        docs.resolve("sub").resolve("c.txt").toString());
  }

  @Test
  void directory_symlinkLoopDoesNotTrapTheWalk() throws IOException {
    write("loop/a.txt", SAMPLE);
    Path loop = dir.resolve("loop");
    try {
      Files.createSymbolicLink(loop.resolve("self"), loop);
      Files.createSymbolicLink(loop.resolve("up"), dir);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here");
    }
    Run r = run("extract", loop.toString());
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.records()).hasSize(2);
  }

  @Test
  void emptyFile_noOutput_exit0() throws IOException {
    Path empty = write("empty.txt", "");
    for (String format : List.of("jsonl", "tsv", "table")) {
      Run r = run("extract", "--format", format, empty.toString());
      assertThat(r.status()).isZero();
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).isEmpty();
    }
    Run stdin = run(InputStream.nullInputStream(), "extract", "-");
    assertThat(stdin.status()).isZero();
    assertThat(stdin.out()).isEmpty();
  }

  @Test
  void encodings_allGiveTheSameRecords() throws IOException {
    Charset gb = Charset.forName("GB18030");
    write("enc/1-utf8.txt", SAMPLE.getBytes(StandardCharsets.UTF_8));
    write("enc/2-utf8bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        SAMPLE.getBytes(StandardCharsets.UTF_8)));
    write("enc/3-gb18030.txt", SAMPLE.getBytes(gb));
    write("enc/4-utf16le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        SAMPLE.getBytes(StandardCharsets.UTF_16LE)));
    write("enc/5-utf16be.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
        SAMPLE.getBytes(StandardCharsets.UTF_16BE)));
    Run r = run("extract", "--format", "tsv", dir.resolve("enc").toString());

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> lines = r.outLines();
    assertThat(lines).hasSize(1 + 5 * 2);
    List<String> withoutSource = lines.subList(1, lines.size()).stream()
        .map(l -> l.substring(l.indexOf('\t'))).distinct().toList();
    assertThat(withoutSource).hasSize(2);
    assertThat(withoutSource.get(0))
        .startsWith("\t3\t10\t约2262亿元\t226200000000\t\t\t元\tapprox\tinvestment\t");
    assertThat(withoutSource.get(1)).startsWith("\t15\t19\t8.5%\t8.5\t\t\t%\texact\tgrowth_rate\t");
  }

  @Test
  void encodingOption_overridesDetection() throws IOException {
    Path gbk = write("gbk.txt", SAMPLE.getBytes(Charset.forName("GBK")));
    Run r = run("extract", "--encoding", "GBK", gbk.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.records()).hasSize(2);

    Run wrong = run("extract", "--encoding", "UTF-8", gbk.toString());
    assertThat(wrong.status()).isZero();
    assertThat(wrong.errLines()).hasSize(1);
    assertThat(wrong.errLines().get(0))
        .isEqualTo("zhibiao: warning: " + gbk + ": malformed UTF-8 at byte 0, replaced with U+FFFD");
  }

  @Test
  void encodingOption_unknownName_isAUsageError() throws IOException {
    Path a = write("a.txt", SAMPLE);
    Run r = run("extract", "--encoding", "NO-SUCH-CHARSET", a.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("unknown encoding 'NO-SUCH-CHARSET'").doesNotContain("\tat ");
  }

  @Test
  void malformedBytes_replacedWithOneWarningNamingFileAndOffset() throws IOException {
    byte[] head = "总投资约2262亿元，".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = concat(concat(head, new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0x80}),
        "同比增长8.5%。增长9%。".getBytes(StandardCharsets.UTF_8));
    Path bad = write("bad.txt", bytes);
    Run r = run("extract", bad.toString());
    assertThat(r.status()).isZero();
    assertThat(r.errLines()).containsExactly(
        "zhibiao: warning: " + bad + ": malformed UTF-8 at byte " + head.length
            + ", replaced with U+FFFD");
    assertThat(r.records()).extracting(n -> n.get("text").asText())
        .containsExactly("约2262亿元", "8.5%", "9%");
  }

  @Test
  void binaryFile_skippedWithOneLine() throws IOException {
    Path bin = write("data.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 1, 0, '8', '%', 0});
    Path good = write("good.txt", SAMPLE);
    Run r = run("extract", bin.toString(), good.toString());
    assertThat(r.status()).isZero();
    assertThat(r.errLines()).containsExactly("zhibiao: skipping binary file " + bin);
    assertThat(r.records()).hasSize(2);
  }

  @Test
  void allNumbers_reportsBareNumbersOnlyWhenAsked() throws IOException {
    Path unit = write("unit.txt", "细化为117项");
    Path bare = write("bare.txt", "共有117");

    assertThat(run("extract", unit.toString()).records()).singleElement()
        .satisfies(n -> {
          assertThat(n.get("value").asText()).isEqualTo("117");
          assertThat(n.get("unit").asText()).isEqualTo("项");
        });
    assertThat(run("extract", "--all-numbers", unit.toString()).records()).hasSize(1);

    Run without = run("extract", bare.toString());
    assertThat(without.status()).isZero();
    assertThat(without.out()).isEmpty();

    assertThat(run("extract", "--all-numbers", bare.toString()).records()).singleElement()
        .satisfies(n -> {
          assertThat(n.get("text").asText()).isEqualTo("117");
          assertThat(n.get("value").asText()).isEqualTo("117");
          assertThat(n.get("unit").asText()).isEmpty();
          assertThat(n.get("dimension").asText()).isEqualTo("none");
          assertThat(n.get("unit_text").asText()).isEmpty();
        });
  }

  @Test
  void usage_noPath_isAUsageError() {
    Run r = run("extract");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("Missing required parameter: 'PATH'");
  }

  @Test
  void usage_noCommandOrUnknownOption() {
    assertThat(run().status()).isEqualTo(2);
    assertThat(run("frobnicate").status()).isEqualTo(2);
    Run r = run("extract", "--format", "xml", "a.txt");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("unknown format 'xml'");
  }

  @Test
  void helpAndVersion() {
    Run help = run("extract", "--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).startsWith("Usage: zhibiao extract")
        .contains("--format", "--all-numbers", "--encoding", "--debug", "PATH");
    assertThat(run("--help").out()).contains("extract");
    assertThat(run("help", "extract").out()).startsWith("Usage: zhibiao extract");
    Run version = run("--version");
    assertThat(version.status()).isZero();
    assertThat(version.out()).isEqualTo("zhibiao 0.1.0-SNAPSHOT\n");
  }

  @Test
  void formatNames_areCaseInsensitive() throws IOException {
    Path a = write("a.txt", SAMPLE);
    assertThat(run("extract", "--format", "TSV", a.toString()).outLines().get(0))
        .startsWith("source\t");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
