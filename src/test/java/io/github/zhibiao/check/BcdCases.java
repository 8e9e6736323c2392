package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import java.util.List;

/**
 * The positive cases of the B, C and D rules, each with its corrected counterpart: the same text
 * with the figure corrected, which must give no finding from any of these rules.
 */
final class BcdCases {
  private BcdCases() {}

  /** A wrong text, the finding expected on it, and the corrected text. */
  record Case(String rule, String bad, String text, Severity severity, String suggestion,
      String clean) {
    @Override
    public String toString() {
      return rule + ": " + bad.replace("\n", "\\n");
    }
  }

  static final String RULES = "B1,B2,B3,B4,B5,B6,B7,B8,B10,B12,C1,C2,C3,C4,C5,D1,D2,D4,D5,D6,D7";

  static final List<Case> CASES = List.of(
      new Case("B1", "450项任务中已完成或基本完成的有413项，占比达到93.8%。", "93.8%", Severity.ERROR, "91.8%",
          "450项任务中已完成或基本完成的有413项，占比达到91.8%。"),
      new Case("B1", "全省共开工项目40个，其中工业项目25个，占比为60%。", "60%", Severity.ERROR, "63%",
          "全省共开工项目40个，其中工业项目25个，占比为62.5%。"),
      new Case("B1", "400项任务中已完成367项，占比达到91.7%。", "91.7%", Severity.INFO, "91.8%",
          "400项任务中已完成367项，占比达到91.8%。"),
      new Case("B2", "年度目标220个。截至目前已完成198个，达年度目标任务的99%。", "99%", Severity.WARNING, "90%",
          "年度目标220个。截至目前已完成198个，达年度目标任务的90%。"),
      new Case("B3", "全省共签约项目41个，其中工业项目25个、服务业项目19个。", "41个", Severity.ERROR, null,
          "全省共签约项目41个，其中工业项目25个、服务业项目16个。"),
      new Case("B3", "全省共签约项目41个，工业项目、服务业项目分别为25个、14个。", "41个", Severity.ERROR, null,
          "全省共签约项目41个，工业项目、服务业项目分别为25个、16个。"),
      new Case("B3", "合计总投资100亿元，其中一期60.5亿元、二期45亿元。", "100亿元", Severity.WARNING, null,
          "合计总投资100亿元，其中一期60.5亿元、二期39.5亿元。"),
      new Case("B4", "基金总规模100亿元，首期拟到位130亿元。", "130亿元", Severity.ERROR, null,
          "基金总规模100亿元，首期拟到位30亿元。"),
      new Case("B4", "450项任务中已完成460项。", "460项", Severity.ERROR, null,
          "450项任务中已完成413项。"),
      new Case("B5", "进出口总值2000亿元，同比增长28.9%，增加578亿元。", "578亿元", Severity.WARNING, "448亿元",
          "进出口总值2000亿元，同比增长28.9%，增加448亿元。"),
      new Case("B5", "销售额从40万元增至120万元，增长300%。", "300%", Severity.WARNING, "200%",
          "销售额从40万元增至120万元，增长200%。"),
      new Case("B5", "销售额从40万元增至120万元，增加70万元。", "70万元", Severity.WARNING, "80万元",
          "销售额从40万元增至120万元，增加80万元。"),
      new Case("B6", "失业率由5.2%降至4.8%，下降0.5个百分点。", "0.5个百分点", Severity.ERROR, "0.4个百分点",
          "失业率由5.2%降至4.8%，下降0.4个百分点。"),
      new Case("B7", "产量从50台增至200台，增长了4倍。", "4倍", Severity.ERROR, "3倍",
          "产量从50台增至200台，增长了3倍。"),
      new Case("B7", "今年销售额120万元，比上年的40万元增长了3倍。", "3倍", Severity.ERROR, "2倍",
          "今年销售额120万元，比上年的40万元增长了2倍。"),
      new Case("B7", "今年总值120万元，比去年的40万元翻了两番。", "翻了两番", Severity.ERROR, null,
          "今年总值160万元，比去年的40万元翻了两番。"),
      new Case("D5", "一季度全省出口同比比上年同期增长5.1%。", "同比比上年同期", Severity.WARNING, "比上年同期",
          "一季度全省出口比上年同期增长5.1%。"),
      new Case("D5", "全市社会消费品零售总额与去年同期相比，同比增长6.2%。", "与去年同期相比，同比",
          Severity.WARNING, "与去年同期相比，", "全市社会消费品零售总额与去年同期相比，增长6.2%。"),
      new Case("D5", "全市工业产值比去年同期同比增长12%。", "比去年同期同比", Severity.WARNING, "比去年同期",
          "全市工业产值比去年同期增长12%。"),
      new Case("B8", "全市第一、二、三产业增加值占比分别为8.1%、38.5%、55.0%。", "8.1%、38.5%、55.0%",
          Severity.WARNING, null, "全市第一、二、三产业增加值占比分别为7.1%、38.5%、54.4%。"),
      new Case("B8", "全省就业人员中男女比例分别为56%和46%。", "56%和46%", Severity.WARNING, null,
          "全省就业人员中男女比例分别为54%和46%。"),
      new Case("B10", "此次集中开工100个项目、总投资298亿元，平均每个项目3.5亿元。", "3.5亿元", Severity.WARNING,
          "3.0亿元", "此次集中开工100个项目、总投资298亿元，平均每个项目2.98亿元。"),
      new Case("B10", "全县共有规上企业40家，实现产值120亿元，平均每家企业产值3.5亿元。", "3.5亿元", Severity.WARNING,
          "3.0亿元", "全县共有规上企业40家，实现产值120亿元，平均每家企业产值3亿元。"),
      new Case("B12", "全年计划投资30亿～20亿元。", "30亿～20亿元", Severity.ERROR, null,
          "全年计划投资20亿～30亿元。"),
      new Case("B12", "预计今年出口增长15%～10%。", "15%～10%", Severity.ERROR, null,
          "预计今年出口增长10%～15%。"),
      new Case("C1", "天津：外贸进出口总值同比增长28.9%\n\n上半年，天津外贸进出口总值同比下降28.9%。", "28.9%",
          Severity.ERROR, null,
          "天津：外贸进出口总值同比增长28.9%\n\n上半年，天津外贸进出口总值同比增长28.9%。"),
      new Case("C1", "广东：外贸出口总值同比增长28.9%\n\n上半年，广东外贸出口总值同比增长27.9%。", "28.9%",
          Severity.ERROR, "27.9%",
          "广东：外贸出口总值同比增长27.9%\n\n上半年，广东外贸出口总值同比增长27.9%。"),
      new Case("C2", "全省签约项目41个。\n\n会上介绍，全省签约项目42个。", "42个", Severity.WARNING, null,
          "全省签约项目41个。\n\n会上介绍，全省签约项目41个。"),
      new Case("C4", "海南集中开工项目总投资298亿元。\n\n海南集中开工项目总投资298亿美元。", "298亿美元",
          Severity.WARNING, null, "海南集中开工项目总投资298亿元。\n\n海南集中开工项目总投资298亿元。"),
      new Case("C5", "今年以来，全省新开工重大项目120个，完成投资356.8亿元。\n\n今年以来，全省新开工重大项目120个，完成投资356.8亿元。",
          "今年以来，全省新开工重大项目120个，完成投资356.8亿元。", Severity.WARNING, "",
          "今年以来，全省新开工重大项目120个，完成投资356.8亿元。"),
      new Case("C5", "全市规模以上工业增加值同比增长6.1%，增速比上月加快。固定资产投资增长5.2%。\n"
          + "全市规模以上工业增加值同比增长6.1%，增速比上月加快。固定资产投资增长5.2%。",
          "全市规模以上工业增加值同比增长6.1%，增速比上月加快。固定资产投资增长5.2%。", Severity.WARNING, "",
          "全市规模以上工业增加值同比增长6.1%，增速比上月加快。固定资产投资增长5.2%。"),
      new Case("C3", "海南集中开工项目总投资298亿元。\n\n海南集中开工项目总投资298万元。", "298万元",
          Severity.WARNING, null,
          "海南集中开工项目总投资298亿元。\n\n海南集中开工项目总投资298亿元。"),
      new Case("D1", "全市城镇登记失业率下降了0.4%。", "0.4%", Severity.WARNING, "0.4个百分点",
          "全市城镇登记失业率下降了0.4个百分点。"),
      new Case("D1", "工业增速比上年回落1.6%。", "1.6%", Severity.WARNING, "1.6个百分点",
          "工业增速比上年回落1.6个百分点。"),
      new Case("D1", "二季度GDP增速比一季度加快0.3%。", "0.3%", Severity.WARNING, "0.3个百分点",
          "二季度GDP增速比一季度加快0.3个百分点。"),
      new Case("D1", "失业率由5.2%降至4.8%，下降0.4%。", "0.4%", Severity.ERROR, "0.4个百分点",
          "失业率由5.2%降至4.8%，下降0.4个百分点。"),
      new Case("D1", "粮食产量增长了12个百分点。", "12个百分点", Severity.WARNING, null,
          "粮食产量增长了12%。"),
      new Case("D2", "废品率下降了9倍。", "下降了9倍", Severity.ERROR, null, "废品数量减少了90%。"),
      new Case("D2", "白血球指数比正常值少三倍。", "少三倍", Severity.ERROR, null, "白血球指数只有正常值的三分之一。"),
      new Case("D4", "利润总额同比下降-5%。", "下降-5%", Severity.ERROR, "下降5%", "利润总额同比下降5%。"),
      new Case("D4", "营业收入同比增长-3%。", "增长-3%", Severity.WARNING, "下降3%", "营业收入同比下降3%。"),
      new Case("D4", "失业率由5.2%降至4.8%，上升0.4个百分点。", "上升0.4个百分点", Severity.ERROR,
          "下降0.4个百分点", "失业率由5.2%降至4.8%，下降0.4个百分点。"),
      new Case("D6", "新兴产业占比达到120%。", "120%", Severity.ERROR, null, "新兴产业占比达到12%。"),
      new Case("D6", "全年产量下降120%。", "120%", Severity.ERROR, null, "全年产量下降12%。"),
      new Case("D6", "会议于2月30日召开。", "2月30日", Severity.ERROR, null, "会议于2月28日召开。"),
      new Case("D6", "会议于6月31日召开。", "6月31日", Severity.ERROR, null, "会议于6月30日召开。"),
      new Case("D6", "会议于2023年2月29日召开。", "2023年2月29日", Severity.ERROR, null, "会议于2024年2月29日召开。"),
      new Case("D6", "计划于13月完成。", "13月", Severity.ERROR, null, "计划于12月完成。"),
      new Case("D6", "新开工3.5个项目。", "3.5个", Severity.WARNING, null, "新开工3个项目。"),
      new Case("D7", "参会人员约300人左右。", "约300人左右", Severity.WARNING, "约300人", "参会人员约300人。"),
      new Case("D7", "人均收入超过千元以上。", "超过千元以上", Severity.WARNING, "超过千元", "人均收入超过千元。"),
      new Case("D7", "互访交流近200余人次。", "近200余", Severity.WARNING, "近200", "互访交流200余人次。"),
      new Case("D7", "总投资大约50亿元左右。", "大约50亿元左右", Severity.WARNING, "大约50亿元", "总投资大约50亿元。"));

  static Checker checker(String... rules) {
    return Checker.builder().failFast().only(rules).build();
  }

  static List<Finding> check(String rule, String text) {
    return checker(rule).check(text);
  }
}
