package io.github.zhibiao.cli;

import static io.github.zhibiao.cli.ExtractCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhibiao.cli.ExtractCommandTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TotalsCommandTest {
  /** 海南 298 + 342 = 640 亿元; 广西 约20 亿元 and 2 亿美元 apart. */
  private static final String PROVINCES =
      "海南：全省共集中开工项目100个、总投资298亿元，集中签约项目41个、总投资342亿元。\n"
          + "广西：项目总投资约20亿元，另有项目总投资2亿美元。\n";
  /** No province: 超过50亿元 counts in a row of its own; the 2025 target does not count. */
  private static final String NO_PROVINCE = "今年以来，新开工项目总投资超过50亿元。到2025年，总投资达到1000亿元。\n";

  @TempDir Path dir;
  private Path provinces;
  private Path noProvince;

  @BeforeEach
  void files() throws IOException {
    provinces = Files.writeString(dir.resolve("t1.txt"), PROVINCES, StandardCharsets.UTF_8);
    noProvince = Files.writeString(dir.resolve("t2.txt"), NO_PROVINCE, StandardCharsets.UTF_8);
  }

  @Test
  void table_rowsInYi_totalLines_andTheRowWithNoProvince() {
    Run r = run("totals", "--format", "table", provinces.toString(), noProvince.toString());
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> lines = r.outLines();
    assertThat(lines.get(0).split(" +")).containsExactly(
        "PROVINCE", "VALUE", "UNIT", "LOW", "HIGH", "QUALIFIER", "COUNT");
    assertThat(lines.get(1).split(" +")).containsExactly("海南", "640", "亿元", "640", "640", "exact", "2");
    assertThat(lines.get(2).split(" +")).containsExactly("广西", "20", "亿元", "20", "20", "approx", "1");
    assertThat(lines.get(3).split(" +")).containsExactly("广西", "2", "亿美元", "2", "2", "exact", "1");
    // Open upper bound: an empty HIGH cell.
    assertThat(lines.get(4).split(" +")).containsExactly("(none)", "50", "亿元", "50", "more_than", "1");
    // 640 + 20 + 50 = 710, at least (超过), approximate (约20).
    assertThat(lines.get(5).split(" +"))
        .containsExactly("TOTAL", "710", "亿元", "710", "approx", "more_than", "4");
    assertThat(lines.get(6).split(" +")).containsExactly("TOTAL", "2", "亿美元", "2", "2", "exact", "1");
    assertThat(lines).hasSize(7);
    // Aligned by display width: QUALIFIER starts in the same column on every line.
    int col = TableWriter.width(lines.get(0).substring(0, lines.get(0).indexOf("QUALIFIER")));
    assertThat(TableWriter.width(lines.get(1).substring(0, lines.get(1).indexOf("exact"))))
        .isEqualTo(col);
    assertThat(TableWriter.width(lines.get(4).substring(0, lines.get(4).indexOf("more_than"))))
        .isEqualTo(col);
  }

  @Test
  void table_explainListsTheFiguresAndWhatWasLeftOut() {
    Run r = run("totals", "--explain", provinces.toString(), noProvince.toString());
    assertThat(r.out()).contains("海南: 640 亿元 exact\n")
        .contains("  298亿元  298  " + provinces + " [20, 25)  actual  总投资\n")
        .contains("  342亿元  342  " + provinces + " [39, 44)  actual  总投资\n")
        .contains("Not counted:\n  1000亿元  target  " + noProvince + " [32, 38)  总投资\n");
  }

  @Test
  void aFileLargerThanAChunk_isStreamed_andSumsEveryChunk() throws IOException {
    // 30,000 self-contained paragraphs, about 2.3 million characters: read in several chunks
    String paragraph = "海南：全省共集中开工项目100个、总投资298亿元，集中签约项目41个、总投资342亿元。\n\n";
    Path big = Files.writeString(dir.resolve("big.txt"), paragraph.repeat(30_000),
        StandardCharsets.UTF_8);
    assertThat(Files.size(big)).isGreaterThan(ChunkedText.WHOLE_BYTES);
    Run r = run("totals", "--format", "csv", big.toString());
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    // 30,000 × 640亿元 = 19,200,000亿元, from 60,000 figures
    assertThat(r.outLines().get(1)).isEqualTo("海南,investment,whole,1920000000000000,元,"
        + "1920000000000000,1920000000000000,exact,false,60000");
  }

  @Test
  void includeTargets_addsThem() {
    Run r = run("totals", "--include-targets", noProvince.toString());
    // 50 + 1000 = 1050, still at least.
    assertThat(r.outLines().get(1).split(" +"))
        .containsExactly("(none)", "1050", "亿元", "1050", "more_than", "2");
  }

  @Test
  void jsonl_plainDecimalsInTheUnit_nullForOpenBoundsAndNoProvince() throws IOException {
    Run r = run("totals", "--format", "jsonl", "--explain", provinces.toString(),
        noProvince.toString());
    List<JsonNode> records = r.records();
    assertThat(records).hasSize(4);
    JsonNode first = records.get(0);
    List<String> keys = new ArrayList<>();
    for (Iterator<String> it = first.fieldNames(); it.hasNext(); ) keys.add(it.next());
    assertThat(keys).containsExactly("province", "indicator", "scope", "value", "unit", "low",
        "high", "qualifier", "approximate", "count", "figures");
    assertThat(first.get("province").asText()).isEqualTo("海南");
    assertThat(first.get("value").asText()).isEqualTo("64000000000");
    assertThat(first.get("figures")).hasSize(2);
    assertThat(first.get("figures").get(1).get("text").asText()).isEqualTo("342亿元");
    assertThat(first.get("figures").get(1).get("source").asText()).isEqualTo(provinces.toString());
    JsonNode none = records.get(3);
    assertThat(none.get("province").isNull()).isTrue();
    assertThat(none.get("low").asText()).isEqualTo("5000000000");
    assertThat(none.get("high").isNull()).isTrue();
    assertThat(none.get("qualifier").asText()).isEqualTo("more_than");
  }

  @Test
  void csv_byRegion() {
    Run r = run("totals", "--format", "csv", "--by", "region", provinces.toString(),
        noProvince.toString());
    assertThat(r.outLines()).containsExactly(
        "region,indicator,scope,value,unit,low,high,qualifier,approximate,count",
        "东部,investment,whole,64000000000,元,64000000000,64000000000,exact,false,2",
        "西部,investment,whole,2000000000,元,2000000000,2000000000,approx,true,1",
        "西部,investment,whole,200000000,美元,200000000,200000000,exact,false,1",
        ",investment,whole,5000000000,元,5000000000,,more_than,false,1");
  }

  @Test
  void areaInOneUnit() throws IOException {
    Path f = Files.writeString(dir.resolve("area.txt"), "吉林：新增水面650公顷，新增稻田100万亩。");
    Run r = run("totals", "--indicator", "area", "--unit", "亩", "--format", "csv", f.toString());
    // 650 × 15 + 1000000 = 1009750 亩
    assertThat(r.outLines()).element(1).asString().startsWith("吉林,area,whole,1009750,亩,");
  }

  @Test
  void missingFile_oneLine_othersStillSummed_exit2() {
    String missing = dir.resolve("missing.txt").toString();
    Run r = run("totals", missing, provinces.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly("zhibiao: cannot read " + missing + ": no such file");
    assertThat(r.out()).contains("海南").doesNotContain("Exception");
  }

  @Test
  void usageErrors() {
    Run rate = run("totals", "--indicator", "growth_rate", provinces.toString());
    assertThat(rate.status()).isEqualTo(2);
    assertThat(rate.errLines()).singleElement().asString().contains("do not add up");
    Run by = run("totals", "--by", "city", provinces.toString());
    assertThat(by.status()).isEqualTo(2);
    assertThat(by.err()).contains("unknown grouping 'city'");
    assertThat(run("totals", "--help").out()).startsWith("Usage: zhibiao totals")
        .contains("(none)").contains("--explain");
  }

  @Test
  void readmeMainJob_isTheRealOutput() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String command = "$ java -jar target/zhibiao.jar totals --format table seeds/\n";
    int start = readme.indexOf(command) + command.length();
    String pasted = readme.substring(start, readme.indexOf("```", start));
    assertThat(run("totals", "--format", "table", "seeds/").out()).isEqualTo(pasted);
  }

  @Test
  void nothingToSum_printsNothing() throws IOException {
    Path f = Files.writeString(dir.resolve("empty.txt"), "今天天气很好。");
    Run r = run("totals", f.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
  }
}
