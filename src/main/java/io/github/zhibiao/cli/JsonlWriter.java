package io.github.zhibiao.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.zhibiao.Document;
import io.github.zhibiao.Indicator;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.Span;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Map;

/**
 * JSON Lines: one object per quantity, keys in a fixed order: {@code source, start, end, text,
 * value, low, high, unit, dimension, unit_text, qualifier}, then the indicator's {@code
 * indicator, signed_value, signed_low, signed_high, metric, base, period, period_start,
 * period_end, status, province, province_code, place, place_code, repeat_of}. {@code repeat_of}
 * is null for a figure's primary mention and the primary's start offset for a repetition (the
 * figure in a headline that the body states again), which totals must not count twice.
 *
 * <p>Decimals are JSON strings in plain notation ({@code "226200000000"}), or null, so that no
 * reader turns them into binary floating point. Non-ASCII text is written as is (the output is
 * UTF-8); Jackson does the escaping.
 */
final class JsonlWriter implements QuantityWriter {
  /** The JSON factory of every command: generators never close the writer they are given. */
  static final JsonFactory JSON = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private final JsonGenerator g;

  JsonlWriter(Writer out) throws IOException {
    this.g = JSON.createGenerator(out);
    g.setRootValueSeparator(null); // each object ends its own line instead
  }

  @Override
  public void write(String source, Document document, int offset) throws IOException {
    Map<Span, Indicator> indicators = QuantityWriter.bySpan(document);
    for (Quantity q : document.quantities()) {
      g.writeStartObject();
      g.writeStringField("source", source);
      g.writeNumberField("start", offset + q.span().start());
      g.writeNumberField("end", offset + q.span().end());
      g.writeStringField("text", q.text());
      decimal("value", q.value());
      decimal("low", q.low());
      decimal("high", q.high());
      g.writeStringField("unit", q.unit().symbol());
      g.writeStringField("dimension", q.unit().dimension().id());
      g.writeStringField("unit_text", q.unitText());
      g.writeStringField("qualifier", q.qualifier().id());
      Indicator i = indicators.get(q.span());
      if (i != null) {
        g.writeStringField("indicator", i.type().id());
        decimal("signed_value", i.value());
        decimal("signed_low", i.low());
        decimal("signed_high", i.high());
        g.writeStringField("metric", i.metric());
        g.writeStringField("base", i.base());
        g.writeStringField("period", i.period() == null ? null : i.period().text());
        g.writeStringField("period_start", i.period() == null || i.period().start() == null
            ? null : i.period().start().toString());
        g.writeStringField("period_end", i.period() == null || i.period().end() == null
            ? null : i.period().end().toString());
        g.writeStringField("status", i.status().id());
        g.writeStringField("province", i.province());
        g.writeStringField("province_code", i.provinceCode());
        g.writeStringField("place", i.place() == null ? null : i.place().name());
        g.writeStringField("place_code", i.place() == null ? null : i.place().code());
        if (i.span().equals(q.span())) g.writeNullField("repeat_of");
        else g.writeNumberField("repeat_of", offset + i.span().start());
      }
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private void decimal(String field, BigDecimal v) throws IOException {
    if (v == null) g.writeNullField(field);
    else g.writeStringField(field, v.toPlainString());
  }

  @Override
  public void flush() throws IOException {
    g.flush();
  }
}
