package io.github.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void internalError_oneLineWithoutDebug() {
    StringWriter s = new StringWriter();
    Main.internalError(new PrintWriter(s, true),
        new IllegalStateException("broken\nstate"), false);
    assertThat(s.toString().lines().toList())
        .containsExactly("zhibiao: internal error: java.lang.IllegalStateException: broken state");
  }

  @Test
  void internalError_stackTraceWithDebug() {
    StringWriter s = new StringWriter();
    Main.internalError(new PrintWriter(s, true), new IllegalStateException("x"), true);
    assertThat(s.toString()).contains("\tat ");
  }

  @Test
  void reasons_areShortAndOnOneLine() {
    assertThat(Messages.reason(new NoSuchFileException("a.txt"))).isEqualTo("no such file");
    assertThat(Messages.reason(new java.nio.file.AccessDeniedException("a.txt")))
        .isEqualTo("permission denied");
    assertThat(Messages.reason(new java.io.IOException("two\nlines"))).isEqualTo("two lines");
    assertThat(Messages.reason(new java.io.IOException())).isEqualTo("IOException");
  }
}
