package io.github.zhibiao.cli;

import static io.github.zhibiao.cli.ExtractCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhibiao.cli.ExtractCommandTest.Run;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  /** Line 2: E3 (error) at column 5; line 3: A6 (info); line 4: A3 (warning). */
  private static final String BAD = "标题\n预计增长15～30%。\n已完成 198 个。\n加快习水、务川千伏变电站项目建设。\n";
  private static final String CLEAN = "全年完成投资298亿元，同比增长8.5%。\n";
  private static final String WARNING_ONLY = "加快习水、务川千伏变电站项目建设。\n";

  @TempDir Path dir;
  private Path bad;
  private Path clean;
  private Path warningOnly;

  @BeforeEach
  void files() throws IOException {
    bad = Files.writeString(dir.resolve("bad.txt"), BAD, StandardCharsets.UTF_8);
    clean = Files.writeString(dir.resolve("clean.txt"), CLEAN, StandardCharsets.UTF_8);
    warningOnly = Files.writeString(dir.resolve("warn.txt"), WARNING_ONLY, StandardCharsets.UTF_8);
  }

  @Test
  void jsonl_oneRecordPerFinding_keysInOrder() throws IOException {
    Run r = run("check", "--format", "jsonl", bad.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    List<JsonNode> records = r.records();
    assertThat(records).extracting(n -> n.get("rule").asText()).containsExactly("E3", "A6", "A3");
    JsonNode e3 = records.get(0);
    List<String> keys = new java.util.ArrayList<>();
    e3.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("source", "rule", "severity", "start", "end", "line",
        "column", "text", "message", "suggestion");
    assertThat(e3.get("source").asText()).isEqualTo(bad.toString());
    assertThat(e3.get("severity").asText()).isEqualTo("error");
    assertThat(e3.get("line").asInt()).isEqualTo(2);
    assertThat(e3.get("column").asInt()).isEqualTo(5);
    assertThat(e3.get("text").asText()).isEqualTo("15～30%");
    assertThat(BAD.substring(e3.get("start").asInt(), e3.get("end").asInt())).isEqualTo("15～30%");
    assertThat(e3.get("suggestion").asText()).isEqualTo("15%～30%");
    assertThat(records.get(2).get("suggestion").isNull()).isTrue();
    assertThat(records.get(2).get("severity").asText()).isEqualTo("warning");
  }

  @Test
  void aFileLargerThanAChunk_isStreamed_withOffsetsAndLinesIntoTheWholeFile() throws IOException {
    String filler = "全年完成投资298亿元，同比增长8.5%。\n\n";
    int copies = 60_000; // about 1.4 million characters: several chunks
    String text = filler.repeat(copies) + "预计增长15～30%。\n";
    Path big = Files.writeString(dir.resolve("big.txt"), text, StandardCharsets.UTF_8);
    // the filler repeats on purpose: C5 (a sentence given twice) is left out
    Run r = run("check", "--format", "jsonl", "--disable", "C5", big.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.records()).singleElement().satisfies(e3 -> {
      assertThat(e3.get("rule").asText()).isEqualTo("E3");
      assertThat(e3.get("line").asInt()).isEqualTo(2 * copies + 1);
      assertThat(e3.get("column").asInt()).isEqualTo(5);
      assertThat(text.substring(e3.get("start").asInt(), e3.get("end").asInt()))
          .isEqualTo("15～30%");
    });
  }

  @Test
  void table_locationMessageLineAndMarker() {
    Run r = run("check", bad.toString());
    assertThat(r.status()).isEqualTo(1);
    List<String> lines = r.outLines();
    assertThat(lines.get(0)).startsWith(bad + ":2:5  error  E3  ").contains("→ 15%～30%");
    assertThat(lines.get(1)).isEqualTo("    预计增长15～30%。");
    // The marker starts under 1 (display width 8 for 预计增长) and spans 15～30% (width 6 + 1).
    assertThat(lines.get(2)).isEqualTo("    " + " ".repeat(8) + "^".repeat(7));
    assertThat(lines.get(3)).startsWith(bad + ":3:4  info  A6  ");
    assertThat(lines).last().isEqualTo("1 error, 1 warning, 1 info");
  }

  @Test
  void clean_exitZero_noOutput() {
    Run r = run("check", clean.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void warningsOnly_exitZero() {
    Run r = run("check", warningOnly.toString());
    assertThat(r.status()).isZero();
    assertThat(r.outLines()).hasSize(4);
  }

  @Test
  void minSeverity_filters() throws IOException {
    Run r = run("check", "--format", "jsonl", "--min-severity", "WARNING", bad.toString());
    assertThat(r.records()).extracting(n -> n.get("rule").asText()).containsExactly("E3", "A3");
    Run errors = run("check", "--format", "jsonl", "--min-severity", "error", bad.toString());
    assertThat(errors.records()).extracting(n -> n.get("rule").asText()).containsExactly("E3");
    assertThat(errors.status()).isEqualTo(1);
  }

  @Test
  void rulesAndDisable_selectRules() throws IOException {
    Run only = run("check", "--format", "jsonl", "--rules", "a3,A6", bad.toString());
    assertThat(only.records()).extracting(n -> n.get("rule").asText()).containsExactly("A6", "A3");
    assertThat(only.status()).isZero(); // no error among the selected rules
    Run family = run("check", "--format", "jsonl", "--disable", "E", bad.toString());
    assertThat(family.records()).extracting(n -> n.get("rule").asText())
        .containsExactly("A6", "A3");
  }

  @Test
  void allowSpaces_noA6() throws IOException {
    Run r = run("check", "--format", "jsonl", "--allow-spaces", bad.toString());
    assertThat(r.records()).extracting(n -> n.get("rule").asText()).containsExactly("E3", "A3");
  }

  @Test
  void stdin_isReadAsDash() {
    Run r = run(new ByteArrayInputStream("投资9～16亿元。".getBytes(StandardCharsets.UTF_8)),
        "check", "-");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.outLines().get(0)).startsWith("-:1:3  error  E3");
  }

  @Test
  void unreadableFile_exitTwo_othersStillChecked() throws IOException {
    Run r = run("check", "--format", "jsonl", dir.resolve("missing.txt").toString(),
        bad.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString()
        .isEqualTo("zhibiao: cannot read " + dir.resolve("missing.txt") + ": no such file");
    assertThat(r.records()).hasSize(3);
  }

  @Test
  void badUsage_exitTwo_oneLineMessages() {
    Run unknownRule = run("check", "--rules", "Z9", bad.toString());
    assertThat(unknownRule.status()).isEqualTo(2);
    assertThat(unknownRule.errLines().get(0)).startsWith("zhibiao: unknown rule 'Z9'");
    assertThat(unknownRule.out()).isEmpty();
    Run both = run("check", "--rules", "E3", "--disable", "A6", bad.toString());
    assertThat(both.status()).isEqualTo(2);
    assertThat(both.errLines().get(0))
        .isEqualTo("zhibiao: --rules and --disable cannot be used together");
    Run severity = run("check", "--min-severity", "fatal", bad.toString());
    assertThat(severity.status()).isEqualTo(2);
    assertThat(severity.err()).contains("unknown severity 'fatal'").doesNotContain("at io.");
    Run format = run("check", "--format", "csv", bad.toString());
    assertThat(format.status()).isEqualTo(2);
    assertThat(run("check").status()).isEqualTo(2);
  }

  @Test
  void help_listsExitStatuses() {
    Run r = run("check", "--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("--min-severity", "--allow-spaces", "1   at least one finding");
  }
}
