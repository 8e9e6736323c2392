package io.github.zhibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class BcdRulesTest {
  static Stream<BcdCases.Case> cases() {
    return BcdCases.CASES.stream();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void check_bad_reportsOneFindingOnTheFigure(BcdCases.Case k) {
    List<Finding> found = BcdCases.check(k.rule(), k.bad());
    assertThat(found).hasSize(1);
    Finding f = found.get(0);
    assertThat(f.rule()).isEqualTo(k.rule());
    assertThat(f.severity()).isEqualTo(k.severity());
    assertThat(f.text()).isEqualTo(k.text());
    assertThat(f.span().slice(k.bad())).isEqualTo(f.text());
    assertThat(f.suggestion()).isEqualTo(k.suggestion());
    assertThat(f.message()).isNotBlank();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void check_corrected_reportsNothing(BcdCases.Case k) {
    assertThat(BcdCases.checker(BcdCases.RULES.split(",")).check(k.clean())).isEmpty();
  }

  @Test
  void check_allCorrectedTogether_reportsNothing() {
    // each text once: a text given twice is C5's finding
    StringBuilder all = new StringBuilder();
    BcdCases.CASES.stream().map(BcdCases.Case::clean).distinct()
        .forEach(clean -> all.append(clean).append("\n\n"));
    assertThat(BcdCases.checker(BcdCases.RULES.split(",")).check(all.toString())).isEmpty();
  }

  /** B7: the confusion of 增长了 and 增长到 is named; 增长到 and loose 翻番 are not reported. */
  @Test
  void multiple_confusionNamed_toAndLooseDoublingQuiet() {
    Finding f = BcdCases.check("B7", "产量从50台增至200台，增长了4倍。").get(0);
    assertThat(f.message()).contains("200台÷50台=4", "增长了3倍", "增长到4倍");
    assertThat(BcdCases.check("B7", "产量从50台增至200台，增长到4倍。")).isEmpty();
    assertThat(BcdCases.check("B7", "今年总值155万元，比去年的40万元翻了两番。")).isEmpty();
    assertThat(BcdCases.check("B7", "产量从50台增至175台，增长了2.5倍。")).isEmpty();
    assertThat(BcdCases.check("B7", "产量从50台增至175台，增长了2.4倍。")).isNotEmpty();
    // the figure before the change is the increase (second read)
    assertThat(BcdCases.check("B7", "营收达120亿元，比上年增加80亿元，增长了2倍。")).isEmpty();
    assertThat(BcdCases.check("B7", "产量为60万吨，较上年同期增加40万吨，增长2倍。")).isEmpty();
  }

  /** D5: a growth rate compared with last year's is no redundancy. */
  @Test
  void redundantBase_growthRateComparedWithLastYear_notReported() {
    assertThat(BcdCases.check("D5", "出口同比增速比上年同期加快1.2个百分点。")).isEmpty();
    assertThat(BcdCases.check("D5", "出口同比增长5%，比上年同期加快1.2个百分点。")).isEmpty();
    // the longest forms, read around each 同比
    assertThat(BcdCases.check("D5", "出口同比较上一年同期增长5%。")).extracting(Finding::suggestion)
        .containsExactly("较上一年同期");
    assertThat(BcdCases.check("D5", "出口与上一年同期相比，同比增长5%。")).extracting(Finding::suggestion)
        .containsExactly("与上一年同期相比，");
  }

  /** C4: a conversion, a figure per share and a unit from a header are not mismatches. */
  @Test
  void unitMismatch_conversionPerShareAndHeader_notReported() {
    assertThat(BcdCases.check("C4", "项目总投资12.5亿美元（约合人民币90亿元）。\n\n项目总投资12.5亿美元。")).isEmpty();
    assertThat(BcdCases.check("C4", "基本每股收益为0.52元。\n\n基本每股收益为0.52元/股。")).isEmpty();
  }

  /** B8: rounding agrees; shares of their own wholes and growth rates are not read. */
  @Test
  void shareSum_roundingOwnWholesAndGrowth_notReported() {
    assertThat(BcdCases.check("B8", "三次产业结构占比分别为7.4%、39.6%、53.1%。")).isEmpty();
    assertThat(BcdCases.check("B8", "城镇和农村居民消费支出占可支配收入的比重分别为65%和80%。")).isEmpty();
    assertThat(BcdCases.check("B8", "三次产业增加值分别增长3.5%、5.1%、6.0%。")).isEmpty();
  }

  /** B10: two counts or two totals make the check quiet; rounding agrees. */
  @Test
  void average_ambiguousOrRounded_notReported() {
    assertThat(BcdCases.check("B10", "签约项目100个，其中工业项目60个，总投资298亿元，平均每个项目3.5亿元。"))
        .isEmpty();
    assertThat(BcdCases.check("B10", "开工100个项目，总投资298亿元，年度投资120亿元，平均每个项目1.5亿元。"))
        .isEmpty();
    assertThat(BcdCases.check("B10", "开工100个项目、总投资298亿元，平均每个项目3亿元。")).isEmpty();
  }

  /** B12: a change from one level to the next and a subtraction are no ranges. */
  @Test
  void rangeOrder_changeAndSubtraction_notReported() {
    assertThat(BcdCases.check("B12", "占比从30%到20%。")).isEmpty();
    assertThat(BcdCases.check("B12", "投资由30亿元至20亿元。")).isEmpty();
    assertThat(BcdCases.check("B12", "差额为30亿元-20亿元=10亿元。")).isEmpty();
    assertThat(BcdCases.check("B12", "投资30亿元，至20日完成。")).isEmpty();
    assertThat(BcdCases.check("B12", "价格区间是每吨5000元至4000元不等。")).isEmpty();
  }

  /** C5: a finding per repeated paragraph, never across; short repeats alone are not reported. */
  @Test
  void duplicate_onePerParagraph_shortAloneIgnored() {
    String a = "全市规模以上工业增加值同比增长6.1%，增速比上月加快。";
    String b = "今年以来，全省新开工重大项目120个，完成投资356.8亿元。";
    String text = a + "\n\n" + b + "\n\n" + a + "\n\n" + b;
    assertThat(BcdCases.check("C5", text)).extracting(Finding::text).containsExactly(a, b);
    assertThat(BcdCases.check("C5", "同比增长5.1%。\n\n同比增长5.1%。")).isEmpty();
    // a note repeated under each table has no figure (second read)
    String note = "注：部分数据因四舍五入的原因，存在总计与分项合计不等的情况。";
    assertThat(BcdCases.check("C5", note + "\n\n" + a + "\n\n" + note)).isEmpty();
    assertThat(BcdCases.check("C5", "其中，出口增长5.1%。" + a + "其中，出口增长5.1%。")).isEmpty();
  }

  @Test
  void share_message_givesTheArithmetic() {
    Finding f = BcdCases.check("B1", "450项任务中已完成或基本完成的有413项，占比达到93.8%。").get(0);
    assertThat(f.message()).contains("占比应为91.8%", "413/450", "文中为93.8%");
  }

  // ---------------------------------------------------------------- rounding edges

  /** 367/400 = 91.75% exactly: half-up and half-even both give 91.8; 91.7 is truncation. */
  @Test
  void share_exactHalf_91_75() {
    assertThat(BcdCases.check("B1", "400项任务中已完成367项，占比达到91.8%。")).isEmpty();
    assertThat(BcdCases.check("B1", "400项任务中已完成367项，占比达到91.7%。"))
        .singleElement().extracting(Finding::severity).isEqualTo(Severity.INFO);
    assertThat(BcdCases.check("B1", "400项任务中已完成367项，占比达到91.9%。"))
        .singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
  }

  /** 1837/2000 = 91.85% exactly: half-up gives 91.9, half-even 91.8; both accepted. */
  @Test
  void share_exactHalf_91_85() {
    assertThat(BcdCases.check("B1", "2000项任务中已完成1837项，占比达到91.9%。")).isEmpty();
    assertThat(BcdCases.check("B1", "2000项任务中已完成1837项，占比达到91.8%。")).isEmpty();
    assertThat(BcdCases.check("B1", "2000项任务中已完成1837项，占比达到91.7%。"))
        .singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
  }

  /** Just inside and outside the half unit: 91.7499…% and 91.8500…%. */
  @Test
  void share_nearTheEdges() {
    // 3669/4000 = 91.725% → 91.7; 3674/4000 = 91.85% → 91.8 or 91.9
    assertThat(BcdCases.check("B1", "4000项任务中已完成3669项，占比达到91.7%。")).isEmpty();
    assertThat(BcdCases.check("B1", "4000项任务中已完成3669项，占比达到91.8%。")).hasSize(1);
    assertThat(BcdCases.check("B1", "4000项任务中已完成3674项，占比达到91.9%。")).isEmpty();
    // integer share: 413/450 = 91.78 → 92
    assertThat(BcdCases.check("B1", "450项任务中已完成413项，占比达到92%。")).isEmpty();
    assertThat(BcdCases.check("B1", "450项任务中已完成413项，占比达到91%。")).hasSize(1);
  }

  @Test
  void rounds_table() {
    var d = new java.math.BigDecimal("91.75");
    assertThat(Figures.rounds(d, new java.math.BigDecimal("91.8"), 1)).isEqualTo(Figures.Match.OK);
    assertThat(Figures.rounds(d, new java.math.BigDecimal("91.7"), 1))
        .isEqualTo(Figures.Match.TRUNCATED);
    var e = new java.math.BigDecimal("91.85");
    assertThat(Figures.rounds(e, new java.math.BigDecimal("91.8"), 1)).isEqualTo(Figures.Match.OK);
    assertThat(Figures.rounds(e, new java.math.BigDecimal("91.9"), 1)).isEqualTo(Figures.Match.OK);
  }

  // ---------------------------------------------------------------- precision guards

  @Test
  void share_ofSomethingElse_isNotRead() {
    assertThat(BcdCases.check("B1", "450项任务中已完成413项，占全市的30%。")).isEmpty();
  }

  @Test
  void target_notStated_reportsNothing() {
    assertThat(BcdCases.check("B2", "截至目前已完成198个，达年度目标任务的99%。")).isEmpty();
    assertThat(BcdCases.check("B2", "便民市场200个，截至目前已完成198个，达年度目标任务的99%，年底前200个项目将全面完成。"))
        .isEmpty();
  }

  @Test
  void parts_joinedByCommas_exceedTotal_warnThatClassesMayOverlap() {
    List<Finding> f = BcdCases.check("B3", "共有企业1250家，其中私营企业800家，小微企业1100家。");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(f.get(0).message()).contains("800家+1100家=1900家").contains("互有交叉");
    // joined by 、, the same excess is an error
    assertThat(BcdCases.check("B3", "共有企业1250家，其中私营企业800家、外资企业500家。"))
        .singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
  }

  @Test
  void parts_overlappingClasses_areNotSummed() {
    assertThat(BcdCases.check("B3", "共签约项目41个，其中亿元以上项目25个、工业项目19个。")).isEmpty();
    // a 、 list ends at the ，: what follows classifies the same firms another way
    assertThat(BcdCases.check("B3",
        "全市共有规上工业企业2000家，其中国有企业300家、民营企业1500家，专精特新企业400家。")).isEmpty();
    assertThat(BcdCases.check("B3", "共签约项目41个，工业项目、服务业项目等分别为25个、10个。")).isEmpty();
  }

  @Test
  void partWhole_firstInstalmentWithinTotal() {
    assertThat(BcdCases.check("B4", "总规模100亿元，首期拟到位30亿元。")).isEmpty();
  }

  @Test
  void growth_consistentTripleAndDecrease() {
    assertThat(BcdCases.check("B5", "进出口总值2000亿元，同比增长28.9%，增加448.4亿元。")).isEmpty();
    assertThat(BcdCases.check("B5", "进出口总值1800亿元，同比下降10%，减少200亿元。")).isEmpty();
  }

  @Test
  void points_roundedRatesMayDifferInTheLastPlace() {
    // 5.24 → 4.76 is printed as 5.2 → 4.8 but the change 0.48 as 0.5 with one place fewer
    assertThat(BcdCases.check("B6", "失业率由5.24%降至4.76%，下降0.5个百分点。")).isEmpty();
  }

  @Test
  void pointsWord_onGrowthRateComparison_isFine() {
    assertThat(BcdCases.check("D1", "利润总额同比增长24.4%，比上年提高3个百分点。")).isEmpty();
    assertThat(BcdCases.check("D1", "全员劳动生产率提高6.3%。")).isEmpty();
    assertThat(BcdCases.check("D1", "失业率由5.2%降至4.8%，下降7.7%。")).isEmpty(); // relative
    // a level compared with a period still grows by %: 产值 is no rate noun
    assertThat(BcdCases.check("D1", "工业产值比一季度加快增长5%。")).isEmpty();
    // 比重, 比例, 比较, 较高 are no bases: a correct 百分点, a level's growth
    assertThat(BcdCases.check("D1", "居民收入比重比上年提高0.5个百分点。")).isEmpty();
    assertThat(BcdCases.check("D1", "本科以上学历人数比例比上年提高1.2个百分点。")).isEmpty();
    assertThat(BcdCases.check("D1", "占比较高的行业利润增加5%。")).isEmpty();
    assertThat(BcdCases.check("D1", "利用率比较高的企业产量增加3%。")).isEmpty();
  }

  @Test
  void decreaseMultiple_notAfterAtLeast() {
    assertThat(BcdCases.check("D2", "产量增长至少3倍。")).isEmpty();
    assertThat(BcdCases.check("D2", "产量增长了3倍。")).isEmpty();
  }

  @Test
  void dates_validOnesAndDurations() {
    assertThat(BcdCases.check("D6", "2024年2月29日，12月31日，13个月，1~12月，13月薪。")).isEmpty();
    assertThat(BcdCases.check("D6", "完成投资3.5万个。")).isEmpty();
    // averages of counts need not be whole (NBS communiqués)
    assertThat(BcdCases.check("D6", "每百户城镇居民家庭拥有家用汽车45.3辆，平均每户家庭人口2.62人，"
        + "户均2.5个，每万人口高价值发明专利拥有量达到11.8件。")).isEmpty();
  }

  @Test
  void approximation_notNearOrAboutInOtherWords() {
    assertThat(BcdCases.check("D7", "节约资金100万元左右，最近3年多来，约300人，300人左右。")).isEmpty();
    // 以上 of a category's name (规模以上, 限额以上, 亿元以上项目) is not the figure's marker
    assertThat(BcdCases.check("D7", "超过50家规模以上企业参加招聘，约200家规模以上工业企业，"
        + "近300家限额以上批发零售企业，至少10个亿元以上项目，全省共有超过100个亿元以上项目。")).isEmpty();
  }

  @Test
  void headline_withoutBodyFigure_isNotReported() {
    assertThat(BcdCases.check("C1", "天津：外贸进出口总值同比增长28.9%\n\n北京：保障房开工5万套任务提前完成\n\n本报讯 各地经济运行平稳。"))
        .isEmpty();
  }

  @Test
  void headline_gdpAgainst地区生产总值_isOneMetric() {
    String heads = "天津：上半年GDP同比增长5.8%\n\n北京：保障房开工5万套\n\n上半年，天津地区生产总值同比增长";
    assertThat(BcdCases.check("C1", heads + "4.8%。")).extracting(Finding::suggestion)
        .containsExactly("4.8%");
    // counter-example: the body figure the headline repeats
    assertThat(BcdCases.check("C1", heads + "5.8%。")).isEmpty();
  }

  @Test
  void headline_thatRoundsTheBody_isNotReported() {
    String heads = "天津：上半年外贸进出口总值3200亿元\n\n北京：保障房开工5万套\n\n上半年，天津外贸进出口总值";
    assertThat(BcdCases.check("C1", heads + "3196.4亿元，同比增长2%。")).isEmpty();
    // counter-example: 3096.4亿元 is not 3200亿元 rounded
    assertThat(BcdCases.check("C1", heads + "3096.4亿元，同比增长2%。"))
        .extracting(Finding::suggestion).containsExactly("3096.4亿元");
    // nor is 15亿元 20亿元 rounded: one significant digit rounds only within 5%
    String twenty = "天津：上半年外贸进出口总值20亿元\n\n北京：保障房开工5万套\n\n上半年，天津外贸进出口总值";
    assertThat(BcdCases.check("C1", twenty + "15亿元，同比增长2%。"))
        .extracting(Finding::suggestion).containsExactly("15亿元");
  }

  @Test
  void repeat_thresholdClasses_areNotOneFigure() {
    assertThat(BcdCases.check("C2", "对雇用3人至5人的，最高贷款额度为30万元。\n\n对雇用6人以上的，最高贷款额度为50万元。"))
        .isEmpty();
  }
}
