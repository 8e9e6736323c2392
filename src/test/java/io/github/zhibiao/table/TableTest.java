package io.github.zhibiao.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The format every bundled table follows, and how a malformed one fails. */
class TableTest {
  private static final List<String> COLUMNS = List.of("word", "kind", "note");

  private static List<Table.Row> parse(String content, String... optional) {
    return Table.parseRows("t.tsv", content, COLUMNS, optional);
  }

  @Test
  void rows_skipCommentsBlankLinesAndTheHeader() {
    List<Table.Row> rows = parse("# source: hand-made\n\nword\tkind\tnote\n约\tbefore\tapprox\n"
        + "# a comment between rows\n余\tafter\tmore\n");
    assertThat(rows).extracting(Table.Row::fields)
        .containsExactly(List.of("约", "before", "approx"), List.of("余", "after", "more"));
    assertThat(rows).extracting(Table.Row::line).containsExactly(4, 6);
    assertThat(rows.get(1).error("bad")).hasMessage("t.tsv:6: bad");
  }

  @Test
  void header_mustNameTheColumns() {
    // Without the check, a table that lost its header would lose its first row instead.
    assertThatThrownBy(() -> parse("约\tbefore\tapprox\n余\tafter\tmore\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("t.tsv:1: expected the header 'word<TAB>kind<TAB>note'");
    assertThatThrownBy(() -> parse("# only a comment\n"))
        .hasMessage(
            "t.tsv:1: expected the header 'word<TAB>kind<TAB>note', found the end of the file");
    assertThatThrownBy(() -> parse(""))
        .hasMessage(
            "t.tsv: expected the header 'word<TAB>kind<TAB>note', found the end of the file");
    assertThatThrownBy(() -> parse("word\tkind\n"))
        .hasMessageStartingWith("t.tsv:1: expected the header");
  }

  @Test
  void fields_countedAndCheckedForEmptinessAndWhiteSpace() {
    String header = "word\tkind\tnote\n";
    assertThatThrownBy(() -> parse(header + "约\tbefore\n"))
        .hasMessage("t.tsv:2: expected 3 fields, found 2");
    assertThatThrownBy(() -> parse(header + "约\tbefore\tapprox\textra\n"))
        .hasMessage("t.tsv:2: expected 3 fields, found 4");
    assertThatThrownBy(() -> parse(header + "约\t\tapprox\n"))
        .hasMessage("t.tsv:2: empty field or stray white space: '约\t\tapprox'");
    assertThatThrownBy(() -> parse(header + "约 \tbefore\tapprox\n"))
        .hasMessageStartingWith("t.tsv:2: empty field or stray white space");
    assertThatThrownBy(() -> parse(header + "约\u3000约\tbefore\tapprox\n"))
        .hasMessageStartingWith("t.tsv:2: empty field or stray white space");
  }

  @Test
  void optionalColumn_mayBeEmpty_butNotPadded() {
    String header = "word\tkind\tnote\n";
    assertThat(parse(header + "约\tbefore\t\n", "note")).singleElement()
        .satisfies(r -> assertThat(r.field(2)).isEmpty());
    assertThatThrownBy(() -> parse(header + "约\tbefore\t \n", "note"))
        .hasMessageStartingWith("t.tsv:2: empty field or stray white space");
    assertThatThrownBy(() -> parse(header, "nothing"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void enumField_namesTheTypeWhenItFails() {
    Table.Row row = parse("word\tkind\tnote\n约\tbefore\tapprox\n").get(0);
    assertThat(row.enumField(1, Position.class)).isEqualTo(Position.BEFORE);
    assertThatThrownBy(() -> row.enumField(2, Position.class))
        .hasMessage("t.tsv:2: not a Position: approx");
  }

  private enum Position { BEFORE, AFTER }

  @Test
  void missingResource_failsNamingIt() {
    assertThatThrownBy(() -> Table.rows(TableTest.class, "no-such.tsv", COLUMNS))
        .isInstanceOf(IllegalStateException.class).hasMessage("missing bundled table no-such.tsv");
    assertThatThrownBy(() -> Table.words(TableTest.class, "no-such.txt"))
        .hasMessage("missing bundled table no-such.txt");
  }
}
