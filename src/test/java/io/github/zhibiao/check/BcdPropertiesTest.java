package io.github.zhibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.Finding;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Checking never throws and every span is the slice it claims, whatever the text. */
class BcdPropertiesTest {
  private static final Checker CHECKER = BcdCases.checker(BcdCases.RULES.split(","));

  private static final List<String> TOKENS = List.of(
      "450项", "413项", "91.8%", "93.8%", "-5%", "0.4%", "130亿元", "100亿元", "2000亿元", "578亿元",
      "28.9%", "5.2%", "4.8%", "0.5个百分点", "个百分点", "9倍", "三倍", "2月30日", "13月", "2023年",
      "约300人左右", "超过千元以上", "近200余人次", "3.5个", "198个", "99%", "120%", "万", "亿", "元", "个",
      "任务中", "其中", "共", "合计", "总规模", "首期", "占比达到", "占全部的", "分别为", "达年度目标任务的",
      "目标", "由", "从", "降至", "升至", "增至", "下降", "增长", "上升", "提高", "回落", "减少", "增加",
      "失业率", "产量", "同比", "比上年", "天津：", "签约项目", "总投资", "、", "，", "。", "；", "：", "\n",
      "\n\n", " ", "约", "近", "左右", "余", "多", "以上", "-", "%", ".", "0", "1", "9", "～", "了", "的");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(TOKENS).list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Property(tries = 400)
  void check_neverThrows_andSpansAreSlices(@ForAll("texts") String text) {
    for (Finding f : CHECKER.check(text)) {
      assertThat(f.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(f.span().slice(text)).isEqualTo(f.text());
      assertThat(f.rule()).isIn((Object[]) BcdCases.RULES.split(","));
    }
  }

  /** No punctuation at all: every window is capped, so the work stays linear. */
  @Test
  void check_longTextWithoutPunctuation_staysFast() {
    String unit = "450项任务中已完成413项占比达到93.8%由5.2%降至4.8%下降0.5个百分点约300人左右";
    String text = unit.repeat(200_000 / unit.length());
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CHECKER.check(text));
  }
}
