package io.github.zhibiao.cli;

import static io.github.zhibiao.cli.ExtractCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhibiao.cli.ExtractCommandTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stats} against values worked out by hand. R type 7: {@code h = (n − 1)·p}, interpolate
 * between the values at 0-based positions ⌊h⌋ and ⌊h⌋ + 1.
 */
class StatsCommandTest {
  @TempDir Path dir;
  private Path zhejiang;
  private Path hainan;

  @BeforeEach
  void files() throws IOException {
    zhejiang = Files.writeString(dir.resolve("a.txt"),
        "浙江：投资同比增长10%。\n浙江：出口同比增长20%。\n浙江：消费同比增长30%。\n浙江：工业同比增长40%。\n",
        StandardCharsets.UTF_8);
    hainan = Files.writeString(dir.resolve("b.txt"),
        "海南：投资同比增长5%。\n海南：出口同比下降7%。\n海南：消费同比增长100%。\n",
        StandardCharsets.UTF_8);
  }

  @Test
  void overall_csv() {
    Run r = run("stats", "--format", "csv", zhejiang.toString(), hainan.toString());
    assertThat(r.status()).isZero();
    // Sorted: -7 5 10 20 30 40 100 (n = 7; 下降7% is -7).
    // q1: h = 1.5 → 5 + 0.5·(10 − 5) = 7.5; median: h = 3 → 20; q3: h = 4.5 → 30 + 0.5·10 = 35.
    // mean 198 / 7 = 28.2857…; sample sd √(Σ(x − mean)² / 6) = √(7473.43 / 6) = 35.2927.
    // Tukey: iqr 27.5, upper fence 35 + 41.25 = 76.25 < 100: one outlier.
    assertThat(r.outLines()).containsExactly(
        "group,unit,count,min,q1,median,q3,max,mean,sd,outliers",
        ",%,7,-7,7.5,20,35,100,28.2857,35.2927,100");
  }

  @Test
  void byProvince_table_rankedByMedian() {
    Run r = run("stats", "--by", "province", zhejiang.toString(), hainan.toString());
    assertThat(r.status()).isZero();
    assertThat(r.outLines()).hasSize(3);
    assertThat(r.outLines().get(0).split(" +")).containsExactly("RANK", "PROVINCE", "UNIT",
        "COUNT", "MIN", "Q1", "MEDIAN", "Q3", "MAX", "MEAN", "SD", "OUTLIERS");
    // 浙江 10 20 30 40: q1 h = 0.75 → 17.5, median 25, q3 h = 2.25 → 32.5, mean 25,
    // sd √((225 + 25 + 25 + 225) / 3) = √166.67 = 12.9099.
    assertThat(r.outLines().get(1).trim().split(" +")).containsExactly(
        "1", "浙江", "%", "4", "10", "17.5", "25", "32.5", "40", "25", "12.9099");
    // 海南 -7 5 100: q1 h = 0.5 → -1, median 5, q3 h = 1.5 → 52.5, mean 98 / 3 = 32.6667,
    // sd √((39.67² + 27.67² + 67.33²) / 2) = √3436.33 = 58.6202. Median 5 < 25: rank 2.
    assertThat(r.outLines().get(2).trim().split(" +")).containsExactly(
        "2", "海南", "%", "3", "-7", "-1", "5", "52.5", "100", "32.6667", "58.6202");
  }

  @Test
  void byType_jsonl_everyTypeWhenNoIndicatorIsGiven() throws IOException {
    Path f = Files.writeString(dir.resolve("c.txt"), "海南：总投资298亿元，同比增长8%。广西：总投资342亿元。",
        StandardCharsets.UTF_8);
    Run r = run("stats", "--by", "type", "--format", "jsonl", f.toString());
    assertThat(r.records()).hasSize(2);
    JsonNode investment = r.records().get(0);
    assertThat(investment.get("type").asText()).isEqualTo("investment");
    assertThat(investment.get("unit").asText()).isEqualTo("元");
    assertThat(investment.get("count").asInt()).isEqualTo(2);
    // (298 + 342) / 2 = 320 亿元
    assertThat(investment.get("median").asText()).isEqualTo("32000000000");
    // sd: |342 − 298| 亿 / √2 = 22亿 · √2 = 3111269837.22077…, rounded to 4 places
    assertThat(investment.get("sd").asText()).isEqualTo("3111269837.2208");
    assertThat(investment.get("outliers")).isEmpty();
    JsonNode growth = r.records().get(1);
    assertThat(growth.get("type").asText()).isEqualTo("growth_rate");
    assertThat(growth.get("sd").isNull()).isTrue();  // one value: undefined
  }

  @Test
  void missingFile_exit2() {
    String missing = dir.resolve("nope.txt").toString();
    Run r = run("stats", missing, zhejiang.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly("zhibiao: cannot read " + missing + ": no such file");
    assertThat(r.outLines()).hasSize(2);
  }
}
