package io.github.zhibiao.number;

/** Character classes of Chinese and Arabic numerals. All methods are pure functions. */
final class Numerals {
  private Numerals() {}

  /** Returns the digit value of a Chinese digit (零 〇 一 … 九, 两, and the financial 壹 … 玖), or -1. */
  static int chineseDigit(char c) {
    return switch (c) {
      case '零', '〇' -> 0;
      case '一', '壹' -> 1;
      case '二', '两', '贰', '貳' -> 2;
      case '三', '叁', '參' -> 3;
      case '四', '肆' -> 4;
      case '五', '伍' -> 5;
      case '六', '陆', '陸' -> 6;
      case '七', '柒' -> 7;
      case '八', '捌' -> 8;
      case '九', '玖' -> 9;
      default -> -1;
    };
  }

  /** Returns 10, 100 or 1000 for 十 百 千 (and 拾 佰 仟), else 0. */
  static int smallMultiplier(char c) {
    return switch (c) {
      case '十', '拾' -> 10;
      case '百', '佰' -> 100;
      case '千', '仟' -> 1000;
      default -> 0;
    };
  }

  static boolean isWan(char c) {
    return c == '万' || c == '萬';
  }

  static boolean isYi(char c) {
    return c == '亿' || c == '億';
  }

  /** A multiplier: 十 百 千 万 亿 and their financial and traditional forms. */
  static boolean isMultiplier(char c) {
    return smallMultiplier(c) != 0 || isWan(c) || isYi(c);
  }

  /** Any character of a Chinese numeral: a digit or a multiplier. */
  static boolean isNumeralChar(char c) {
    return chineseDigit(c) >= 0 || isMultiplier(c);
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isIdeograph(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF');
  }

  static boolean isOpenQuote(char c) {
    return c == '“' || c == '"' || c == '「' || c == '『' || c == '‘';
  }

  static boolean isCloseQuote(char c) {
    return c == '”' || c == '"' || c == '」' || c == '』' || c == '’';
  }
}
