package io.github.zhibiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** README's indicator example prints what README says it prints. */
class ReadmeExampleTest {
  @Test
  void indicatorExample_isTheRealOutput() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String code = section(readme, "### Indicators\n\n```java\n", "```");
    // the example's text and date, as README writes them
    assertThat(code).contains("LocalDate.of(2018, 10, 8)");
    String text = "广西：重大项目集中开工\n\n2018年四季度，本次集中开工的项目共439项，总投资约2262亿元。\n\n"
        + "浙江：今年上半年，全省规上工业利润总额同比增长24.4%，高于全国11.2个百分点。";
    assertThat(code)
        .contains("\"广西：重大项目集中开工\\n\\n2018年四季度，本次集中开工的项目共439项，总投资约2262亿元。"
            + "\\n\\n\"")
        .contains("\"浙江：今年上半年，全省规上工业利润总额同比增长24.4%，高于全国11.2个百分点。\"");
    Document d = Zhibiao.create().extract(text, LocalDate.of(2018, 10, 8));
    List<String> lines = new ArrayList<>();
    for (Indicator i : d.indicators()) {
      lines.add(i.text() + " → " + i.type() + " " + i.value() + " " + i.unit()
          + " | " + i.metric() + " | " + i.base() + " | " + i.period().text() + " "
          + i.period().start() + "~" + i.period().end() + " | " + i.status()
          + " | " + i.province() + " " + i.provinceCode());
    }
    String printed = section(readme, code + "```\n\nprints\n\n```\n", "```");
    assertThat(String.join("\n", lines) + "\n").isEqualTo(printed);
  }

  private static String section(String s, String opening, String closing) {
    int start = s.indexOf(opening);
    assertThat(start).as("README holds %s", opening).isNotNegative();
    start += opening.length();
    return s.substring(start, s.indexOf(closing, start));
  }
}
