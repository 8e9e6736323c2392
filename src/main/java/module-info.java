/** zhibiao: exact, typed figures from Chinese economic text. */
module io.github.zhibiao {
  requires com.google.common;
  requires com.ibm.icu;
  // Commons Math 3.6.1 has no Automatic-Module-Name: its name comes from the jar file name.
  requires commons.math3;
  requires static com.fasterxml.jackson.core;
  requires static info.picocli;
  requires static com.fasterxml.jackson.databind;

  exports io.github.zhibiao;
  exports io.github.zhibiao.stats;
  exports io.github.zhibiao.text;
  exports io.github.zhibiao.check;

  opens io.github.zhibiao.cli to info.picocli;
}
