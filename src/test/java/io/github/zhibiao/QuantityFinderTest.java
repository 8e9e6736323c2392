package io.github.zhibiao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The corpus of surface forms, the negative corpus, and every form wrapped in context. */
class QuantityFinderTest {
  private static final Zhibiao ZHIBIAO = Zhibiao.create();
  private static final Zhibiao ALL_NUMBERS = Zhibiao.builder().allNumbers(true).build();

  /** One form of the corpus with its expected value (or range), unit and qualifier. */
  record Form(String form, String value, String unit, String qualifier) {
    @Override
    public String toString() {
      return form;
    }
  }

  static List<Form> forms() throws IOException {
    List<Form> forms = new ArrayList<>();
    for (String line : lines("corpus/quantities.tsv")) {
      String[] f = line.split("\t", -1);
      assertThat(f).as(line).hasSize(4);
      for (String form : f[3].split("\\|")) {
        forms.add(new Form(form.strip(), f[0], f[1], f[2]));
      }
    }
    return forms;
  }

  static List<String> negatives() throws IOException {
    return lines("corpus/negative.txt");
  }

  private static List<String> lines(String resource) throws IOException {
    try (InputStream in = QuantityFinderTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void findQuantities_corpusForm(Form form) {
    List<Quantity> found = ZHIBIAO.findQuantities(form.form());
    assertThat(found).as(form.form()).hasSize(1);
    assertMatches(found.get(0), form, form.form(), 0);
  }

  static Stream<Arguments> wrapped() throws IOException {
    // Contexts that cannot change a parse: no digits, qualifiers, units or range signs next to
    // the form. (A suffix such as 以上 or 左右 would change the qualifier; that is tested above.)
    String[] prefixes = {"", "据统计，", "全年", "（", "“", "全省", "其中，", "\n", "●"};
    String[] suffixes = {"", "。", "，比上年", "）", "”", "，其中", "\n\n", "的"};
    List<Arguments> args = new ArrayList<>();
    for (Form form : forms()) {
      for (String p : prefixes) {
        for (String s : suffixes) {
          if (p.equals("“") != s.equals("”")) continue; // a lone quote is tested by negatives
          args.add(Arguments.of(form, p, s));
        }
      }
    }
    return args.stream();
  }

  @ParameterizedTest(name = "{1}{0}{2}")
  @MethodSource("wrapped")
  void findQuantities_inContext(Form form, String prefix, String suffix) {
    String text = prefix + form.form() + suffix;
    List<Quantity> found = ZHIBIAO.findQuantities(text);
    assertThat(found).as(text).hasSize(1);
    assertMatches(found.get(0), form, text, prefix.length());
  }

  private static void assertMatches(Quantity q, Form form, String text, int start) {
    assertThat(q.span()).as(text).isEqualTo(new Span(start, start + form.form().length()));
    assertThat(q.text()).isEqualTo(q.span().slice(text));
    assertThat(q.unit().symbol()).as(text).isEqualTo(form.unit());
    assertThat(q.qualifier().id()).as(text).isEqualTo(form.qualifier());
    if (form.value().contains("..")) {
      String[] ends = form.value().split("\\.\\.");
      assertThat(q.value()).as(text).isNull();
      assertThat(q.low()).as(text).isEqualByComparingTo(ends[0]);
      assertThat(q.high()).as(text).isEqualByComparingTo(ends[1]);
    } else {
      assertThat(q.value()).as(text).isEqualByComparingTo(form.value());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negatives")
  void findQuantities_negativeCorpus(String text) {
    assertThat(ZHIBIAO.findQuantities(text)).as(text).isEmpty();
    assertThat(ALL_NUMBERS.findQuantities(text)).as(text).isEmpty();
    // …and the audit accounts for every numeral in it.
    assertThat(ZHIBIAO.audit(text)).as(text).isNotEmpty();
  }

  /**
   * Sentences from a review of news text (2026-12-04) where a figure was wrong, and the
   * counter-examples each rule keeps: every quantity found, as {@code text=value unit qualifier}.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      本次活动共签约300亿元                | 300亿元=30000000000 元 exact
      总投资3,200,000元，其中12,500元为自筹 | 3,200,000元=3200000 元 exact; 12,500元=12500 元 exact
      共签约20个项目，履约120亿元           | 20个=20 个 exact; 120亿元=12000000000 元 exact
      节约用水3亿立方米                    | 3亿立方米=300000000 立方米 exact
      大约50亿元                          | 大约50亿元=5000000000 元 approx
      约占全国的15%                        | 15%=15 % exact
      引进50亿项目3个                      | 50亿=5000000000  exact; 3个=3 个 exact
      安排2亿支持，1200亿支出               | 2亿=200000000  exact; 1200亿=120000000000  exact
      5亿只口罩，5万台设备                  | 5亿只=500000000 只 exact; 5万台=50000 台 exact
      完成3项目标任务                      | 3项=3 项 exact
      制造业PMI由49.5升至50.2，5升水        | 5升=5 升 exact
      增长0.5个点                         | ''
      误差正负0.5%，负债3亿元               | 0.5%=0.5 % exact; 3亿元=300000000 元 exact
      十个多功能厅                         | 十个=10 个 exact
      为期三年的行动，召开三次会议           | 三年=3 年 exact; 三次=3 次 exact
      分别增长3个和5个百分点，高0.03个和低0.12个百分点 | 3个=3 百分点 exact; 5个百分点=5 百分点 exact; 0.03个=0.03 百分点 exact; 0.12个百分点=0.12 百分点 exact
      分别下调25个、50个基点，新建学校3个和幼儿园5个 | 25个=0.25 百分点 exact; 50个基点=0.5 百分点 exact; 3个=3 个 exact; 5个=5 个 exact
      分别高于全国0.4个、0.5个和1.0个百分点 | 0.4个=0.4 百分点 exact; 0.5个=0.5 百分点 exact; 1.0个百分点=1 百分点 exact
      收入、支出分别为428.5和856.3亿元 | 428.5=42850000000 元 exact; 856.3亿元=85630000000 元 exact
      总投资分别为12、8亿元，分别增长4.1、5.6和6.2% | 12=1200000000 元 exact; 8亿元=800000000 元 exact; 4.1=4.1 % exact; 5.6=5.6 % exact; 6.2%=6.2 % exact
      分别为1650亿和3.8亿元，产销分别为1.2万和1.3万辆 | 1650亿=165000000000 元 exact; 3.8亿元=380000000 元 exact; 1.2万=12000 辆 exact; 1.3万辆=13000 辆 exact
      高于全国0.4和0.5个百分点 | 0.4=0.4 百分点 exact; 0.5个百分点=0.5 百分点 exact
      新建学校3个、幼儿园5个和医院2个 | 3个=3 个 exact; 5个=5 个 exact; 2个=2 个 exact
      地铁3和5号线，分别为3和5，分别为3000和3500元/吨 | 3000=3000 元/吨 exact; 3500元/吨=3500 元/吨 exact
      开发5种有色金属新材料，10种有色金属产量 | 5种=5 种 exact
      天数由5天下降到0，发生率由10.2%降至零，由2019年的3天减为0 | 5天=5 天 exact; 0=0 天 exact; 10.2%=10.2 % exact; 零=0 % exact; 3天=3 天 exact; 0=0 天 exact
      零部件3000万件，零点五亿元，同比下降-12.3% | 3000万件=30000000 件 exact; 零点五亿元=50000000 元 exact; -12.3%=-12.3 % exact
      每10万人拥有医生30人，每10股派发现金红利3.5元，每年10万人次 | 30人=30 人 exact; 3.5元=3.5 元 exact; 10万人次=100000 人次 exact
      回购股份1256.3万股，送红股2股，一千万股，一股热潮，回购价格不超过30元/股 | 1256.3万股=12563000 股 exact; 2股=2 股 exact; 一千万股=10000000 股 exact; 不超过30元/股=30 元/股 at_most
      营业收入（元）：1,234,567,890.12，增减（%）：-8.76，每股收益（元/股）0.52，总资产（万元）：56,789.12 | 1,234,567,890.12=1234567890.12 元 exact; -8.76=-8.76 % exact; 0.52=0.52 元/股 exact; 56,789.12=567891200 元 exact
      项目（2）3，金额（元）2023，（亿元）（2024年），（元） 5 | ''
      出口额（美元）1.2亿，进口额（美元）：3500万，营业收入（万元）：3.5亿，金额（元）3万4000 | 1.2亿=120000000 美元 exact; 3500万=35000000 美元 exact; 3.5亿=350000000  exact; 3万4000=34000  exact
      年发电量2.5亿度，节约用电1200万度电，上万度高温，三十度 | 2.5亿度=250000000 千瓦时 exact; 1200万度电=12000000 千瓦时 exact; 上万=10000  at_least
      死亡人数零人，由12家减少到零家，零件加工，首付零元 | 零人=0 人 exact; 12家=12 家 exact; 零家=0 家 exact; 零元=0 元 exact
      降至0，由5%降为0.5%，清零3个，5天后降至0 | 5%=5 % exact; 0.5%=0.5 % exact; 3个=3 个 exact; 5天=5 天 exact
      亩均投资分别为120和150万元/亩，分别为12和8吨/日 | 120=1200000 元/亩 exact; 150万元/亩=1500000 元/亩 exact; 12=12 吨/日 exact; 8吨/日=8 吨/日 exact
      收入和支出为428.5和856.3亿元 | 856.3亿元=85630000000 元 exact
      分别为2000和2500万元，分别为12,000和15,000元，分别于2023和2024年 | 2000=20000000 元 exact; 2500万元=25000000 元 exact; 12,000=12000 元 exact; 15,000元=15000 元 exact
      分别建设10万和30万吨级码头，分别位列前10和20名，分别为1200万和65% | 10万=100000  exact; 20名=20 名 exact; 1200万=12000000  exact; 65%=65 % exact
      30天期限内整改，3个月期限，步行30分钟前往，约3年前后 | 30天=30 天 exact; 3个月=3 个月 exact; 30分钟=30 分钟 exact; 约3年=3 年 approx
      提前3年完成，缩短15分钟，7天期间，完成三项改革 | 3年=3 年 exact; 15分钟=15 分钟 exact; 7天=7 天 exact; 三项=3 项 exact
      3年期间完成，新增3位院士，购买两套房     | 3年=3 年 exact; 3位=3 位 exact; 两套=2 套 exact
      总流量2860万辆次，为1260万户次农户，约合人民币90亿元 | 2860万辆次=28600000 辆次 exact; 1260万户次=12600000 户次 exact; 约合人民币90亿元=9000000000 元 approx
      人民币对美元汇率中间价调贬23个基点。LPR下调10个基点 | 10个基点=0.1 百分点 exact
      平均年龄45岁，年满60岁的老人           | 45岁=45 岁 exact; 60岁=60 岁 exact
      投资不低于1亿元，年产值不超过2亿元      | 不低于1亿元=100000000 元 at_least; 不超过2亿元=200000000 元 at_most
      不超过2亿元、不低于1亿元               | 不超过2亿元=200000000 元 at_most; 不低于1亿元=100000000 元 at_least
      不低于3亿元且不超过2亿元               | 不低于3亿元=300000000 元 at_least; 不超过2亿元=200000000 元 at_most
      回购资金总额不超过人民币1亿元，约人民币5亿元，共计人民币3.2亿元 | 不超过人民币1亿元=100000000 元 at_most; 约人民币5亿元=500000000 元 approx; 3.2亿元=320000000 元 exact
      不低于人民币5000万元且不超过人民币1亿元 | 不低于人民币5000万元且不超过人民币1亿元=50000000..100000000 元 exact
      利率上行15BP，收益率下降5bp，国债收益率下行10bps，扩增产物1500bp，BPO业务 | 15BP=0.15 百分点 exact; 5bp=0.05 百分点 exact; 10bps=0.1 百分点 exact
      近3年多个项目落地                    | 近3年=3 年 approx
      前7个月出口增长6%，提前3个月完成        | 6%=6 % exact; 3个月=3 个月 exact
      超前2个月，前13个月                   | 2个月=2 个月 exact; 13个月=13 个月 exact
      此前3个月，入职前2个月，春节前两个月       | 3个月=3 个月 exact; 2个月=2 个月 exact; 两个月=2 个月 exact
      全省前7个月，2023年前11个月             | ''
      培训3、4个月，共2、3、4个              | 3、4个月=3..4 个月 approx; 4个=4 个 exact
      1、3个，13、14个                     | 3个=3 个 exact; 14个=14 个 exact
      日期2024/1/3，GB/T 15835，24/7服务     | ''
      7/8月份，1/2号机组，1/4决赛，1/3季度     | ''
      附件1 50个，耕地约1/3为高标准农田         | 50个=50 个 exact; 约1/3=33.3333333333 % approx
      投资1 200亿元，生产总值12 345亿元         | ''
      7/8两个月，1/2类项目，3/4级风力            | 两个月=2 个月 exact
      新规实施前3个月，房地产前7个月             | 3个月=3 个月 exact
      单日客流达万人次                       | 万人次=10000 人次 exact
      广东前7个月，企业前7个月实现              | ''
      短短20年GDP，40年GDP年均增长             | 20年=20 年 exact; 40年=40 年 exact
      直达万家灯火，年产值达亿元的企业，达万元以上的农户 | ''
      不超过百分之三十至五十万元               | 不超过百分之三十=30 % at_most; 五十万元=500000 元 exact
      比例为百分之二十至2025年底               | 百分之二十=20 % exact
      过去10年GDP翻了一番，连续5年，用3年时间      | 翻了一番=2 倍 exact; 5年=5 年 exact; 3年=3 年 exact
      占全省的1/3，近2/5的企业               | 1/3=33.3333333333 % exact; 近2/5=40 % approx
      投资1 026亿元，1、2类地区               | ''
      通过万达集团，亿元以上项目，近24年        | 近24年=24 年 approx
      近24年来，过去的一年，五年来              | ''
      """)
  void findQuantities_inSentence(String text, String expected) {
    List<String> found = new ArrayList<>();
    for (Quantity q : ZHIBIAO.findQuantities(text)) {
      String value = q.value() != null ? q.value().toPlainString()
          : q.low().toPlainString() + ".." + q.high().toPlainString();
      found.add(q.text() + "=" + value + " " + q.unit().symbol() + " " + q.qualifier().id());
    }
    assertThat(String.join("; ", found)).as(text).isEqualTo(expected == null ? "" : expected);
  }

  @Test
  void findQuantities_boundsFollowQualifier() {
    Quantity more = ZHIBIAO.findQuantities("超过100亿元").get(0);
    assertThat(more.low()).isEqualByComparingTo("10000000000");
    assertThat(more.high()).isNull();
    Quantity less = ZHIBIAO.findQuantities("不足5%").get(0);
    assertThat(less.low()).isNull();
    assertThat(less.high()).isEqualByComparingTo("5");
    Quantity approx = ZHIBIAO.findQuantities("约2262亿元").get(0);
    assertThat(approx.low()).isNull();
    assertThat(approx.high()).isNull();
  }

  @Test
  void findQuantities_bracketedUnitStopsAtTheNextTableRow() {
    // review 19: row 1 under 总投资（亿元） was 1亿元
    assertThat(ZHIBIAO.findQuantities("序号\t项目名称\t总投资（亿元）\n1\t新能源电池项目\t120\t35")).isEmpty();
    assertThat(ZHIBIAO.findQuantities("序号 项目名称 总投资（亿元）\n2 高端装备制造基地 56")).isEmpty();
    // the value alone on the next line, as a PDF wraps a report's line
    assertThat(ZHIBIAO.findQuantities("营业收入（元）\n1,234,567,890.12。")).singleElement()
        .satisfies(q -> assertThat(q.value()).isEqualByComparingTo("1234567890.12"));
  }

  @Test
  void findQuantities_valuesAreCanonical() {
    assertThat(ZHIBIAO.findQuantities("1.8万人").get(0).value().toPlainString()).isEqualTo("18000");
    assertThat(ZHIBIAO.findQuantities("28.90%").get(0).value().toPlainString()).isEqualTo("28.9");
    assertThat(ZHIBIAO.findQuantities("三分之二").get(0).value())
        .isEqualTo(new BigDecimal("66.6666666667"));
  }

  @Test
  void findQuantities_percentPointsNeverPercent() {
    List<Quantity> found = ZHIBIAO.findQuantities("增长8.5%，高于全省3个百分点");
    assertThat(found).extracting(q -> q.unit().dimension())
        .containsExactly(Dimension.PERCENT, Dimension.PERCENTAGE_POINT);
  }

  @Test
  void findQuantities_bareNumbersOnlyWithAllNumbers() {
    assertThat(ZHIBIAO.findQuantities("共有117")).isEmpty();
    assertThat(ALL_NUMBERS.findQuantities("共有117")).singleElement()
        .satisfies(q -> assertThat(q.unit()).isEqualTo(Unit.NONE));
    assertThat(ZHIBIAO.audit("共有117")).singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo(RejectionReason.NO_UNIT));
  }

  @Test
  void audit_explainsRejections() {
    assertThat(ZHIBIAO.audit("2018年四季度，第十八批，“十四五”，PM2.5"))
        .extracting(Rejection::text, Rejection::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2018年", RejectionReason.YEAR),
            org.assertj.core.groups.Tuple.tuple("四季度", RejectionReason.PERIOD),
            org.assertj.core.groups.Tuple.tuple("第十八批", RejectionReason.ORDINAL),
            org.assertj.core.groups.Tuple.tuple("十四五", RejectionReason.NAME),
            org.assertj.core.groups.Tuple.tuple("2.5", RejectionReason.CODE));
  }

  @Test
  void findQuantities_afterAMetricAcronym_aFigureWithAUnit() {
    assertThat(ZHIBIAO.findQuantities("上半年GDP3.2万亿元，CPI 2.1%，GMV500亿元"))
        .extracting(Quantity::text, q -> q.value().toPlainString(), q -> q.unit().symbol())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("3.2万亿元", "3200000000000", "元"),
            org.assertj.core.groups.Tuple.tuple("2.1%", "2.1", "%"),
            org.assertj.core.groups.Tuple.tuple("500亿元", "50000000000", "元"));
    // codes still: no unit after the acronym's number, a letter or digit before the acronym
    assertThat(ZHIBIAO.findQuantities("GDP2，XGDP3亿元，5CPI2%，PM2.5")).isEmpty();
    assertThat(ZHIBIAO.audit("GDP2")).extracting(Rejection::reason)
        .containsExactly(RejectionReason.CODE);
  }

  @Test
  void audit_tooLongNumber() {
    String digits = "1".repeat(Zhibiao.MAX_DIGITS + 1);
    assertThat(ZHIBIAO.findQuantities(digits + "元")).isEmpty();
    assertThat(ZHIBIAO.audit(digits + "元")).extracting(Rejection::reason)
        .containsExactly(RejectionReason.TOO_LONG);
  }

  @Test
  void parseQuantity_strict() throws QuantityParseException {
    Quantity q = ZHIBIAO.parseQuantity(" 约2262亿元 ");
    assertThat(q.value()).isEqualByComparingTo("226200000000");
    assertThat(q.qualifier()).isEqualTo(Qualifier.APPROX);
    assertError("", QuantityParseException.ErrorType.EMPTY);
    assertError("abc", QuantityParseException.ErrorType.NOT_A_NUMBER);
    assertError("2018年", QuantityParseException.ErrorType.NOT_A_QUANTITY);
    assertError("3亿元和5亿元", QuantityParseException.ErrorType.TRAILING_TEXT);
    assertError("1".repeat(100), QuantityParseException.ErrorType.TOO_LONG);
    assertError("117", QuantityParseException.ErrorType.UNKNOWN_UNIT);
    assertThatThrownBy(() -> ZHIBIAO.parseQuantity(null))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  private static void assertError(String text, QuantityParseException.ErrorType type) {
    assertThatThrownBy(() -> ZHIBIAO.parseQuantity(text)).as(text)
        .isInstanceOfSatisfying(QuantityParseException.class,
            e -> assertThat(e.errorType()).isEqualTo(type));
  }

  @Test
  void records_checkPreconditions() {
    assertThatThrownBy(() -> new Span(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Span(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Quantity(new Span(0, 2), "abc", BigDecimal.ONE, null, null,
        Unit.NONE, "", Qualifier.EXACT)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Quantity(new Span(0, 1), "a", null, null, null,
        Unit.NONE, "", Qualifier.EXACT)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Unit("元", Dimension.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
