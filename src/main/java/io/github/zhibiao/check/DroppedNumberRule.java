package io.github.zhibiao.check;

import io.github.zhibiao.Finding;
import io.github.zhibiao.Severity;
import io.github.zhibiao.number.CharSet;
import java.util.List;

/**
 * A3: a figure lost in extraction before its classifier or unit (a different font, a text box),
 * leaving {@code 建设43个农特产品展销中心、个绿色农产品供应基地}, {@code 务川千伏变电站}, {@code (年7月30日)} or {@code
 * 投资亿元}. No suggestion: the number must come from the source.
 *
 * <p>Precision first; three patterns, each narrow:
 *
 * <ul>
 *   <li>a list item that starts with a bare classifier after {@code 、，；} while the same sentence
 *       has the same classifier after a number ({@code 43个…、个绿色}); words that start with the
 *       classifier are excluded ({@code 、个人}, {@code ，项目}, {@code 、家庭});
 *   <li>a unit that always needs a number ({@code 千伏}, {@code 万千瓦}, {@code 平方公里}, {@code
 *       个百分点}) after a character that is not a numeral or an approximation word ({@code 数}, {@code
 *       上}, {@code 近}, {@code 每}: {@code 上亿元}, {@code 每平方米}); money units ({@code 亿元}) only
 *       after a verb of amount ({@code 投资亿元}), and never before {@code 以上/以下/级/规模}: {@code
 *       注册资本亿元以上企业} is a threshold (亿元 = one hundred million), not a dropped figure;
 *   <li>a date with no year or month: {@code (年7月30日)}, {@code （月30日}.
 * </ul>
 */
final class DroppedNumberRule extends CatalogueRule {
  /** Classifiers that a list item may start with when its number was dropped. */
  private static final String CLASSIFIERS = "个项家座条处户批宗笔台套辆艘所";
  /** Words that start with a classifier: not a dropped number. */
  private static final List<String> CLASSIFIER_WORDS = List.of(
    "个人", "个体", "个别", "个性", "个案", "个税", "个股", "个位", "项目", "项下", "家庭", "家乡", "家里",
    "家长", "家族", "家居", "家电", "家政", "家属", "家园", "家具", "家用", "家门", "家务", "家人", "家风",
    "家校", "座谈", "座位", "座席", "条件", "条例", "条款", "条约", "条码", "条块", "条线", "条文", "处理",
    "处置", "处罚", "处于", "处在", "处室", "处长", "处级", "户籍", "户口", "户外", "户型", "户均", "户主",
    "批准", "批复", "批发", "批次", "批量", "批示", "批评", "批文", "宗旨", "宗教", "笔者", "笔记", "台湾",
    "台风", "台账", "台阶", "台州", "台商", "台胞", "台区", "套餐", "套用", "套利", "所有", "所在", "所属",
    "所得", "所以", "所谓", "所需", "所长", "所辖", "所处");
  /** Units that are never written without a number. Longest first. */
  private static final List<String> NUMBER_UNITS = List.of(
    "亿千瓦时", "万千瓦时", "万千瓦", "千瓦时", "平方公里", "立方米", "平方米", "个百分点", "千伏", "千瓦", "兆瓦",
    "万吨");
  private static final List<String> MONEY_UNITS = List.of("亿美元", "万美元", "亿元", "万元");
  /** The first characters of {@link #NUMBER_UNITS} and {@link #MONEY_UNITS}: a cheap first test. */
  private static final CharSet UNIT_STARTS =
      CharSet.of(firstCharacters(NUMBER_UNITS, MONEY_UNITS));

  /** Verbs after which a money unit needs its number: 投资亿元. */
  private static final List<String> AMOUNT_VERBS = List.of(
    "投资", "完成", "实现", "签约", "增收", "合计", "总计", "累计", "共计", "达到", "金额", "总额", "营收",
    "收入", "产值");
  /** A unit after one of these stands without a number legitimately: 数亿元, 上亿元, 每平方米. */
  private static final CharSet NUMERAL_LIKE =
      CharSet.of("0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两〇零数几上近超逾每多余约%.．");

  private static String firstCharacters(List<String> a, List<String> b) {
    StringBuilder out = new StringBuilder();
    for (List<String> words : List.of(a, b)) {
      for (String w : words) {
        if (out.indexOf(w.substring(0, 1)) < 0) out.append(w.charAt(0));
      }
    }
    return out.toString();
  }

  DroppedNumberRule() {
    super("A3", Severity.WARNING);
  }

  @Override
  public void check(CheckContext c, List<Finding> out) {
    String t = c.text;
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      if ((ch == '、' || ch == '，' || ch == '；') && i + 2 < t.length()) {
        listItem(c, i + 1, out);
      }
      if (ch == '年' || ch == '月') {
        date(c, i, out);
      }
      if (i > 0 && UNIT_STARTS.contains(ch) && !NUMERAL_LIKE.contains(t.charAt(i - 1))
          && Forms.han(t.charAt(i - 1))) {
        unit(c, i, out);
      }
    }
  }

  /** {@code 43个农特产品展销中心、个绿色农产品供应基地}: the same classifier after a number earlier. */
  private void listItem(CheckContext c, int p, List<Finding> out) {
    String t = c.text;
    char cl = t.charAt(p);
    if (CLASSIFIERS.indexOf(cl) < 0 || !Forms.han(t.charAt(p + 1))) return;
    if (Forms.startsWithAny(t, p, CLASSIFIER_WORDS)) return;
    int from = Math.max(c.structure.sentenceStart(p), p - 60);
    for (int k = p - 2; k > from; k--) {
      if (t.charAt(k) == cl && Forms.digit(t.charAt(k - 1))) {
        int end = p + 1;
        while (end < t.length() && end - p < 12 && Forms.han(t.charAt(end))) end++;
        out.add(c.finding(id(), severity(), p, end,
            "“" + cl + "”前疑缺数字（PDF提取丢字），请核对原文", null));
        return;
      }
    }
  }

  /** {@code (年7月30日)}: a year or month with no digits before a numbered month or day. */
  private void date(CheckContext c, int i, List<Finding> out) {
    String t = c.text;
    char prev = Forms.at(t, i - 1);
    boolean open = i == 0 || prev == '（' || prev == '(' || prev == '\n';
    if (!open && !(t.charAt(i) == '年' && (prev == '、' || prev == '，'))) return;
    int k = i + 1;
    int digits = 0;
    while (k < t.length() && Forms.digit(t.charAt(k)) && digits < 3) {
      k++;
      digits++;
    }
    if (digits == 0 || digits > 2 || k >= t.length()) return;
    char unit = t.charAt(k);
    if ((t.charAt(i) == '年' && unit == '月') || (t.charAt(i) == '月' && unit == '日' && open)) {
      String what = t.charAt(i) == '年' ? "年份" : "月份";
      out.add(c.finding(id(), severity(), i, k + 1, "日期缺少" + what + "数字（PDF提取丢字），请核对原文",
          null));
    }
  }

  /** {@code 务川千伏变电站}, {@code 投资亿元}: a unit that needs a number, after none. */
  private void unit(CheckContext c, int i, List<Finding> out) {
    String t = c.text;
    for (String u : NUMBER_UNITS) {
      // 万吨级码头, 兆瓦级风机: a class of size, written without a number.
      if (t.startsWith(u, i) && Forms.at(t, i + u.length()) != '级') {
        out.add(c.finding(id(), severity(), i, i + u.length(),
            "“" + u + "”前缺少数字（PDF提取丢字），请核对原文", null));
        return;
      }
    }
    for (String u : MONEY_UNITS) {
      if (t.startsWith(u, i) && Forms.endsWithAny(t, i, AMOUNT_VERBS)
          && !Forms.startsWithAny(t, i + u.length(), "以上", "以下", "级", "规模", "量级")) {
        out.add(c.finding(id(), severity(), i, i + u.length(),
            "“" + u + "”前缺少数字（PDF提取丢字），请核对原文", null));
        return;
      }
    }
  }
}
