package io.github.zhibiao.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.Document;
import io.github.zhibiao.Zhibiao;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Investment totals of the five seed documents, worked out by reading them.
 *
 * <p>Every 投资 figure in the seeds, and what happens to it:
 *
 * <ul>
 *   <li>000, 广西: 2018年四季度集中开工 439 项, 总投资约2262亿元 → counts, approximate.
 *   <li>000, 海南: 集中开工项目100个、总投资298亿元 and 集中签约项目41个、总投资342亿元 → two batches of
 *       different projects (开工, 签约): 298 + 342 = 640, exact.
 *   <li>000, 内蒙古: 各盟市已筛选出301个项目，总投资2585亿元 → counts, exact. (The 一成以上 before it is a
 *       share, not an investment.)
 *   <li>001, 四川 (道孚县): 完成投资额4400余万元 → counts as more than 0.44亿元.
 *   <li>001, 上海 (浦东): 今年1~5月固定资产投资超过1070亿元 → counts as more than 1070亿元; the 49.9%
 *       after it is a growth rate.
 *   <li>002, 辽宁: the headline 百个智能制造及服务项目投资超百亿元 (no body repeats it) → more than 100亿元.
 *   <li>Not investment: 战略投资者 and 财务投资者 (000, no figure), 稳投资 (000), 产融投资有限公司 (002, a
 *       company name; its 400亿元 is registered capital), 双创投资中心 (002), 股权投资母基金 (002,
 *       the 500亿元 before it is a fund size), 对外投资额同比增长13% (002, a growth rate).
 *   <li>003 and 004 have no investment figure.
 * </ul>
 *
 * <p>No threshold, target, 其中 part or annual figure of type investment occurs in the seeds.
 */
class SeedTotalsTest {
  private static final Map<String, Document> SEEDS = new LinkedHashMap<>();

  @BeforeAll
  static void read() throws IOException {
    Zhibiao zhibiao = Zhibiao.create();
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        SEEDS.put(p.getFileName().toString(),
            zhibiao.extract(Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
    assertThat(SEEDS).hasSize(5);
  }

  private static BigDecimal yi(String n) {
    return new BigDecimal(n).scaleByPowerOfTen(8);
  }

  @Test
  void investmentByProvince() {
    List<Total> totals = Totals.standard().of(SEEDS);
    assertThat(totals).extracting(Total::key)
        .containsExactly("广西", "海南", "内蒙古", "四川", "上海", "辽宁");
    assertThat(totals).allSatisfy(t -> {
      assertThat(t.unit()).isEqualTo("元");
      assertThat(t.scope()).isEqualTo(Scope.WHOLE);
    });

    Total guangxi = totals.get(0);
    assertThat(guangxi.value()).isEqualByComparingTo(yi("2262"));
    assertThat(guangxi.bound()).isEqualTo(Bound.APPROX);

    Total hainan = totals.get(1);
    assertThat(hainan.value()).isEqualByComparingTo(yi("640"));
    assertThat(hainan.bound()).isEqualTo(Bound.EXACT);
    assertThat(hainan.contributions()).extracting(Contribution::text)
        .containsExactly("298亿元", "342亿元");
    assertThat(hainan.contributions()).extracting(Contribution::source)
        .containsOnly("000_d1387483fb68154d.txt");

    Total neimenggu = totals.get(2);
    assertThat(neimenggu.value()).isEqualByComparingTo(yi("2585"));
    assertThat(neimenggu.bound()).isEqualTo(Bound.EXACT);

    Total sichuan = totals.get(3);
    assertThat(sichuan.value()).isEqualByComparingTo(yi("0.44"));
    assertThat(sichuan.low()).isEqualByComparingTo(yi("0.44"));
    assertThat(sichuan.high()).isNull();
    assertThat(sichuan.bound()).isEqualTo(Bound.MORE_THAN);

    Total shanghai = totals.get(4);
    assertThat(shanghai.value()).isEqualByComparingTo(yi("1070"));
    assertThat(shanghai.bound()).isEqualTo(Bound.MORE_THAN);

    Total liaoning = totals.get(5);
    assertThat(liaoning.value()).isEqualByComparingTo(yi("100"));
    assertThat(liaoning.bound()).isEqualTo(Bound.MORE_THAN);
    assertThat(liaoning.count()).isEqualTo(1);
  }

  @Test
  void grandTotal() {
    List<Total> all = Totals.builder().grouping(Grouping.all()).build().of(SEEDS);
    assertThat(all).hasSize(1);
    Total t = all.get(0);
    // 2262 + 640 + 2585 + 0.44 + 1070 + 100 = 6657.44 亿元, more than that (超过, 余), approximate (约).
    assertThat(t.value()).isEqualByComparingTo(yi("6657.44"));
    assertThat(t.low()).isEqualByComparingTo(yi("6657.44"));
    assertThat(t.high()).isNull();
    assertThat(t.qualifier()).isEqualTo("approx more_than");
    assertThat(t.count()).isEqualTo(7);
    assertThat(Totals.standard().skipped(SEEDS)).isEmpty();
  }

  @Test
  void byRegion() {
    Map<String, String> m = new LinkedHashMap<>();
    for (Total t : Totals.builder().grouping(Grouping.region()).build().of(SEEDS)) {
      m.put(t.key(), t.value().movePointLeft(8).stripTrailingZeros().toPlainString());
    }
    // 广西, 内蒙古, 四川 are 西部: 2262 + 2585 + 0.44 = 4847.44. 海南 and 上海 are 东部: 640 + 1070 =
    // 1710. 辽宁 is 东北: 100. 长江经济带: 四川 0.44 + 上海 1070 = 1070.44. 长三角: 上海 1070.
    // 黄河流域: 内蒙古 2585 + 四川 0.44 = 2585.44. 成渝: nothing (四川 is a partial member).
    assertThat(m).containsOnly(
        Map.entry("西部", "4847.44"), Map.entry("东部", "1710"), Map.entry("东北", "100"),
        Map.entry("长江经济带", "1070.44"), Map.entry("长三角", "1070"),
        Map.entry("黄河流域", "2585.44"));
  }
}
