package io.github.zhibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.Severity;
import io.github.zhibiao.Zhibiao;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The A (text-extraction) and E (number-form) rules, each on its positive cases and on the same
 * sentence corrected, which no rule may report. Rules run fail-fast: an exception fails the test.
 */
class FormRulesTest {
  private static final Checker ALL = Checker.builder().failFast().build();

  /** rule, severity, text, the flagged text, the suggestion (null: none), the corrected text. */
  static Stream<Arguments> cases() {
    return Stream.of(
        // A1: a figure split by a column break (joined by the normalizer)
        c("A1", Severity.WARNING, "首期拟到位30\n亿元。", "30\n亿元", "30亿元", "首期拟到位30亿元。"),
        c("A1", Severity.WARNING, "完成投资额4400余万\n\n元，产值有望达到2亿元。", "4400余万\n\n元",
            "4400余万元", "完成投资额4400余万元，产值有望达到2亿元。"),
        c("A1", Severity.WARNING, "种养面积达到600万\n亩，累计增收720亿元。", "600万\n亩", "600万亩",
            "种养面积达到600万亩，累计增收720亿元。"),
        // A2: a headline doubled by fake bold
        c("A2", Severity.ERROR, "山西：发布发布108108个混改项目个混改项目\n\n●11月26日，山西发布108个混改项目。",
            "山西：发布发布108108个混改项目个混改项目", "山西：发布108个混改项目",
            "山西：发布108个混改项目\n\n●11月26日，山西发布108个混改项目。"),
        c("A2", Severity.ERROR, "北京北京：：保障房开工保障房开工55万套任务提前完成万套任务提前完成\n\n正文。",
            "北京北京：：保障房开工保障房开工55万套任务提前完成万套任务提前完成", "北京：保障房开工5万套任务提前完成",
            "北京：保障房开工5万套任务提前完成\n\n正文。"),
        c("A2", Severity.WARNING, "为区域协调发展按下加速键\n顾顾 阳阳\n\n正文。", "顾顾 阳阳", "顾 阳",
            "为区域协调发展按下加速键\n顾 阳\n\n正文。"),
        // A3: a figure dropped before its classifier or unit
        c("A3", Severity.WARNING, "加快建设43个农特产品展销中心、个绿色农产品供应基地。", "个绿色农产品供应基地", null,
            "加快建设43个农特产品展销中心、12个绿色农产品供应基地。"),
        c("A3", Severity.WARNING, "加快习水、务川千伏变电站项目建设。", "千伏", null,
            "加快习水、务川110千伏变电站项目建设。"),
        c("A3", Severity.WARNING, "实施意见(年7月30日)为贯彻落实", "年7月", null,
            "实施意见(2021年7月30日)为贯彻落实"),
        c("A3", Severity.WARNING, "今年累计投资亿元。", "亿元", null, "今年累计投资12亿元。"),
        // A4: zero look-alikes
        c("A4", Severity.ERROR, "二O一八年全省经济平稳。", "二O一八年", "二〇一八年", "二〇一八年全省经济平稳。"),
        c("A4", Severity.ERROR, "二0一八年全省经济平稳。", "二0一八年", "二〇一八年", "二〇一八年全省经济平稳。"),
        c("A4", Severity.ERROR, "新增项目1O0个。", "1O0", "100", "新增项目100个。"),
        // A5: full-width digits
        c("A5", Severity.ERROR, "全省完成投资２０２３万元。", "２０２３", "2023", "全省完成投资2023万元。"),
        c("A5", Severity.ERROR, "占比达到９１．８％。", "９１．８％", "91.8%", "占比达到91.8%。"),
        // A6: spaces around numbers (newspaper style)
        c("A6", Severity.INFO, "截至目前已完成 198 个项目。", " 198 ", "198", "截至目前已完成198个项目。"),
        // E1: 十/百/千 with Arabic digits
        c("E1", Severity.ERROR, "投资规模达3千亿元。", "3千", "3000", "投资规模达3000亿元。"),
        c("E1", Severity.ERROR, "全县有7百万人口。", "7百", "700", "全县有700万人口。"),
        c("E1", Severity.ERROR, "种植2万8千6百多亩。", "2万8千6百", "28600", "种植28600多亩。"),
        c("E1", Severity.ERROR, "投资4亿5千3百万元。", "4亿5千3百", "4亿5300", "投资4亿5300万元。"),
        // E2: mixed numerals
        c("E2", Severity.ERROR, "共有1百零8个村。", "1百零8", "108", "共有108个村。"),
        c("E2", Severity.ERROR, "共有一百08个村。", "一百08", "108", "共有一百零八个村。"),
        // E3: range units
        c("E3", Severity.ERROR, "预计增长15～30%。", "15～30%", "15%～30%", "预计增长15%～30%。"),
        c("E3", Severity.ERROR, "投资9～16亿元。", "9～16亿", "9亿～16亿", "投资9亿～16亿元。"),
        c("E3", Severity.ERROR, "产量8～11万吨。", "8～11万", "8万～11万", "产量8万～11万吨。"),
        // E4: range connectors
        c("E4", Severity.WARNING, "预计需要15-30天完成。", "15-30天", "15～30天", "预计需要15～30天完成。"),
        c("E4", Severity.WARNING, "1-5月，全市完成投资420亿元。", "1-5月", "1—5月",
            "1—5月，全市完成投资420亿元。"),
        c("E4", Severity.WARNING, "实施方案（2018-2020年）", "2018-2020年", "2018—2020年",
            "实施方案（2018—2020年）"),
        c("E4", Severity.WARNING, "3月8日–10日举办。", "8日–10日", "8日—10日", "3月8日—10日举办。"),
        c("E4", Severity.WARNING, "净利润为3500万元–4500万元。", "3500万元–4500万元", "3500万元～4500万元",
            "净利润为3500万元～4500万元。"),
        c("E4", Severity.WARNING, "2020年-2025年累计投资。", "2020年-2025年", "2020年—2025年",
            "2020年—2025年累计投资。"),
        c("E4", Severity.ERROR, "规划期为2020——2025年。", "2020——2025年", "2020—2025年",
            "规划期为2020—2025年。"),
        // E5: two-digit years
        c("E5", Severity.ERROR, "1988年至90年，产值翻番。", "90年", "1990年", "1988年至1990年，产值翻番。"),
        c("E5", Severity.ERROR, "到18年底全部完成。", "18年", null, "到2018年底全部完成。"),
        c("E5", Severity.ERROR, "截至19年，共建成30个。", "19年", null, "截至2019年，共建成30个。"),
        // E6: Chinese two-digit years
        c("E6", Severity.ERROR, "九八年抗洪，全省受灾。", "九八年", null, "一九九八年抗洪，全省受灾。"),
        c("E6", Severity.ERROR, "〇八年奥运会在北京举办。", "〇八年", null, "二〇〇八年奥运会在北京举办。"),
        c("E6", Severity.ERROR, "七八年三月召开。", "七八年", null, "一九七八年三月召开。"),
        // E7, E8: approximations
        c("E7", Severity.ERROR, "来了六、七个人。", "六、七个", "六七个", "来了六七个人。"),
        c("E7", Severity.ERROR, "有二、三十位专家。", "二、三十位", "二三十位", "有二三十位专家。"),
        c("E8", Severity.ERROR, "覆盖20几个区县。", "20几", "二十几", "覆盖二十几个区县。"),
        c("E8", Severity.ERROR, "用了3、4个月。", "3、4", "三四", "用了三四个月。"),
        // E9: leading zero, decimal point
        c("E9", Severity.ERROR, "系数为.46。", ".46", "0.46", "系数为0.46。"),
        c("E9", Severity.ERROR, "系数为0。46，较上年提高。", "0。46", "0.46", "系数为0.46，较上年提高。"),
        // E10: digit grouping
        c("E10", Severity.ERROR, "投资1234,567元。", "1234,567", "1,234,567", "投资1,234,567元。"),
        c("E10", Severity.ERROR, "共有1,0000人参加。", "1,0000", "10,000", "共有10,000人参加。"),
        c("E10", Severity.ERROR, "合计12,3456.5元。", "12,3456.5", "123,456.5", "合计123,456.5元。"),
        c("E10", Severity.ERROR, "2,023年全省经济平稳。", "2,023", "2023", "2023年全省经济平稳。"),
        // E12: date forms
        c("E12", Severity.ERROR, "发布时间：2008-8，共3页。", "2008-8", "2008年8月",
            "发布时间：2008年8月，共3页。"),
        c("E12", Severity.ERROR, "二〇〇八年8月8日开幕。", "二〇〇八年8月8日", "2008年8月8日", "2008年8月8日开幕。"),
        c("E12", Severity.ERROR, "2008年八月八日开幕。", "2008年八月八日", "2008年8月8日", "2008年8月8日开幕。"),
        c("E12", Severity.ERROR, "定于十月1日起施行。", "十月1日", "10月1日", "定于10月1日起施行。"),
        // E14: fixed words
        c("E14", Severity.ERROR, "会议于星期5召开。", "星期5", "星期五", "会议于星期五召开。"),
        c("E14", Severity.ERROR, "编制“14五”规划。", "14五", "十四五", "编制“十四五”规划。"),
        c("E14", Severity.ERROR, "共建1带1路倡议。", "1带1路", "一带一路", "共建一带一路倡议。"),
        c("E14", Severity.ERROR, "坚持1国2制方针。", "1国2制", "一国两制", "坚持一国两制方针。"),
        // E17: 零 and 〇
        c("E17", Severity.ERROR, "二零二三年全省经济平稳。", "二零二三年", "二〇二三年", "二〇二三年全省经济平稳。"),
        c("E17", Severity.ERROR, "共三千〇五十二人。", "三千〇五十二", "三千零五十二", "共三千零五十二人。"),
        // E18: official names
        c("E18", Severity.WARNING, "学习党的20大精神。", "20大", "二十大", "学习党的二十大精神。"),
        c("E18", Severity.WARNING, "党的20届3中全会召开。", "20届3中全会", "二十届三中全会",
            "党的二十届三中全会召开。"),
        c("E18", Severity.WARNING, "第14届全国人大2次会议开幕。", "14届全国人大2次会议", "十四届全国人大二次会议",
            "第十四届全国人大二次会议开幕。"),
        c("E18", Severity.WARNING, "18大以来，全省经济稳步增长。", "18大", "十八大", "十八大以来，全省经济稳步增长。"));
  }

  private static Arguments c(String rule, Severity severity, String text, String flagged,
      String suggestion, String corrected) {
    return Arguments.of(rule, severity, text, flagged, suggestion, corrected);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("cases")
  void check_positive_reportsTheFigure(String rule, Severity severity, String text,
      String flagged, String suggestion, String corrected) {
    List<Finding> found = Checker.builder().failFast().only(rule).build().check(text);
    assertThat(found).as("%s on %s", rule, text).isNotEmpty();
    Finding f = found.get(0);
    assertThat(f.rule()).isEqualTo(rule);
    assertThat(f.severity()).isEqualTo(severity);
    assertThat(f.text()).isEqualTo(flagged).isEqualTo(f.span().slice(text));
    assertThat(f.suggestion()).isEqualTo(suggestion);
    assertThat(f.message()).isNotBlank();
  }

  @ParameterizedTest(name = "{0} corrected: {5}")
  @MethodSource("cases")
  void check_corrected_noFindingFromAnyRule(String rule, Severity severity, String text,
      String flagged, String suggestion, String corrected) {
    assertThat(ALL.check(corrected)).as(corrected).isEmpty();
  }

  @ParameterizedTest(name = "{0} applied: {2}")
  @MethodSource("cases")
  void check_suggestionApplied_noFindingFromTheRule(String rule, Severity severity, String text,
      String flagged, String suggestion, String corrected) {
    if (suggestion == null) return;
    Finding f = Checker.builder().failFast().only(rule).build().check(text).get(0);
    String fixed = text.substring(0, f.span().start()) + suggestion
        + text.substring(f.span().end());
    assertThat(Checker.builder().failFast().only(rule).build().check(fixed)).as(fixed).isEmpty();
  }

  @Test
  void check_allCorrectedTogether_noFinding() {
    List<String> all = new ArrayList<>();
    cases().forEach(a -> all.add((String) a.get()[5]));
    String text = String.join("\n\n", all);
    assertThat(ALL.check(text)).isEmpty();
  }

  /** Text that looks like a finding and is not: each line must give nothing. */
  static Stream<String> clean() {
    return Stream.of(
        // A1: a break before a number, inside a qualifier, after a Chinese numeral
        "将便民市场建设工程列为\n2018年20项民心工程之一。",
        "公开发布账面净值超\n过340亿元的108个混改项目。",
        "两年来，两\n\n年时间里，两地交流。",
        // A2: genuine reduplication
        "常常\n\n看看\n\n谢谢谢谢",
        "大家要研究研究。",
        // A3: ordinary words and thresholds
        "新增注册资本亿元以上企业43家。",
        "建设3个中心、个人创业服务平台。",
        "推进4个重点项目，项目总投资12亿元。",
        "建设万吨级码头，上亿元的投资，每平方米3000元，数亿元资金。",
        "元旦前后，年度目标，亩产1000斤。",
        "河南：倍增计划助高新技术企业量质齐升",
        // A4, E17: correct years and counts
        "二〇二三年，一九九〇年，CO2排放，G20峰会，3Oct。",
        "三千零五十二人，九十五点零六。",
        // A5: full-width percent after half-width digits, the wave dash of a range
        "覆盖率达85％，增长15%～20%。",
        // E1: units with 千/百, a year before 十大
        "10千伏线路，5千瓦，3千克，2千米，100千字，0.5个百分点，2023十大新闻。",
        // E2: two words side by side
        "统一10项标准，“十四五”2021年开局。",
        // E3: ranges that keep the unit once or on both ends
        "400—429页，15%～30%，9亿～16亿元，1—9月，2018—2020年。",
        // E4: hyphens that join no range, a range with the wave dash or the one-em dash
        "电话0571-88888888，比分3-1，GB/T 15835-2011，歼-20，2024-05-31，10:30-11:30，3-2-101室。",
        "1~5月，15～30天，2018—2020年，5%～8%，1-2，第3-4节。",
        // E6: lengths of time and whole years
        "六七年来，三五年内，一二年级，二八年华，一九九八年，“十二五”时期，两年，十八年。",
        // E10: lists with commas, good groups
        "分别为1,2,3项，15,20,100，2019,2020，12,500元，3,200,000元，1,234.56元，共12，其中5个。",
        // E12: complete dates, ranges, codes, one kind of numeral
        "2008-8-8，2008-08-08，GB 50016-2014，二〇〇八年八月八日，2024年一季度，2008年8月8日，八月八日。",
        // E14: counts and words that begin like a fixed word
        "每星期3次，第3农场，4个全面，3位专家，星期日。",
        // E18: other events and rankings
        "第14届高交会，前10大城市，10大工程，十九大报告，第3届进博会。",
        // found by the second read of 2026-12-08: words, names, serial numbers and lists
        "唯一一年出现负增长，这是全市唯一一年未完成目标的指标。",
        "全市评选出20大代表性项目，会议提出16大要求，第12届人大经济论坛在北京举行。",
        "1917年十月革命胜利，项目编号为2024-05，公告编号：2024-08。",
        "第54运动会筹备启动，档位为500,1000,2000，分别为1500,300,200，区号0571,0574。",
        "3-6月龄婴儿，潜伏期一般为3-5日，自受理之日起7-15日内办结，本期为2024-1期，人口居亚洲第3世界第5。",
        // E5: decades and durations
        "上世纪90年代，近10年来，经过20年初步建成，满18年，2023年底。",
        // E7, E8: sequences keep their 顿号
        "二、三产业，第三、四季度，一、二年级，一、二线城市，1、2号线，3、4季度，三、五年。",
        // E9: numbers and names with points
        "增长3.5%，v.2版本，No.5文件，第2.1节。");
  }

  @ParameterizedTest
  @MethodSource("clean")
  void check_lookalikes_noFinding(String text) {
    assertThat(ALL.check(text)).as(text).isEmpty();
  }

  /** Every word of E14's list, with its first numeral 一 to 九 in Arabic, is reported as itself. */
  @Test
  void e14_everyListedWord_foundWithADigit() throws java.io.IOException {
    List<String> words = new ArrayList<>();
    try (var in = FixedWordRule.class.getResourceAsStream(FixedWordRule.WORDS)) {
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) words.add(line.strip());
      }
    }
    assertThat(words).hasSizeGreaterThan(20);
    Checker e14 = Checker.builder().failFast().only("E14").build();
    for (String word : words) {
      int k = 0;
      while ("一二三四五六七八九".indexOf(word.charAt(k)) < 0) k++;
      String arabic = word.substring(0, k) + ("一二三四五六七八九".indexOf(word.charAt(k)) + 1)
          + word.substring(k + 1);
      assertThat(e14.check("会上谈到" + arabic + "。")).as(arabic)
          .extracting(Finding::text, Finding::suggestion).containsExactly(
              org.assertj.core.api.Assertions.tuple(arabic, word));
      assertThat(e14.check("会上谈到" + word + "。")).as(word).isEmpty();
    }
  }

  @Test
  void a6_houseStyleAllowsSpaces() {
    String text = "截至目前已完成 198 个，达年度目标任务的 99 %。";
    assertThat(Checker.builder().failFast().only("A6").build().check(text))
        .extracting(Finding::text).containsExactly(" 198 ", " 99 ");
    assertThat(Checker.builder().failFast().spacesAroundNumbers(true).build().check(text))
        .isEmpty();
  }

  @Test
  void a2_bodyLineRepaired_isAWarningAndCoversTheWholeLine() {
    String text = "天津：外贸进出口总值同比增长外贸进出口总值同比增长2828..99%%\n\n正文。";
    Finding f = Checker.builder().failFast().only("A2").build().check(text).get(0);
    // The span ends after the second %, so that applying the suggestion leaves no % behind.
    assertThat(f.text()).endsWith("99%%");
    assertThat(f.suggestion()).isEqualTo("天津：外贸进出口总值同比增长28.9%");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void a1_splitInsideNumber_saysSo() {
    Finding f = Checker.builder().failFast().only("A1").build()
        .check("今年以来全市规模以上工业企业累计实现营业收入12\n3.5亿元，同比增长百分之十。").get(0);
    // The normalizer keeps a space between two digits (12 3.5亿元): the extracted figure is wrong.
    assertThat(f.text()).isEqualTo("12\n3.5亿元");
    assertThat(f.suggestion()).isEqualTo("123.5亿元");
    assertThat(f.message()).contains("被换行拆开");
    // neither part is a figure
    assertThat(Zhibiao.create().findQuantities("累计实现营业收入12\n3.5亿元。")).isEmpty();
    // counter-examples: a time or a date ends its line, and the figure after it stands
    String dated = "发布时间：2024-08-15 10:30\n10个重大项目集中开工";
    assertThat(Checker.builder().failFast().only("A1").build().check(dated)).isEmpty();
    assertThat(Zhibiao.create().findQuantities(dated)).extracting(Quantity::text).containsExactly("10个");
    // a colon alone is no time: 总投资：10\n26亿元 is still split
    assertThat(Checker.builder().failFast().only("A1").build().check("全省投资：1\n234亿元"))
        .extracting(Finding::suggestion).containsExactly("1234亿元");
    // counter-example: a caption's number ends its line
    assertThat(Checker.builder().failFast().only("A1").build().check("表1\n2019—2023年全省GDP")).isEmpty();
  }

  @Test
  void minSeverity_filtersInfo() {
    String text = "截至目前已完成 198 个，预计增长15～30%。";
    assertThat(Checker.builder().failFast().minSeverity(Severity.WARNING).build().check(text))
        .extracting(Finding::rule).containsExactly("E3");
  }

  @Test
  void ruleIds_uniqueAndInCatalogueOrder() {
    List<String> ids = Checker.ruleIds();
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids).contains("A1", "A2", "A3", "A4", "A5", "A6", "E1", "E2", "E3", "E4", "E5",
        "E6", "E7", "E8", "E9", "E10", "E12", "E14", "E17", "E18");
  }
}
