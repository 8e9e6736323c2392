package io.github.zhibiao.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.zhibiao.Quantity;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * JSON Lines: one object per quantity, keys in a fixed order: {@code source, start, end, text,
 * value, low, high, unit, dimension, unit_text, qualifier}.
 *
 * <p>Decimals are JSON strings in plain notation ({@code "226200000000"}), or null, so that no
 * reader turns them into binary floating point. Non-ASCII text is written as is (the output is
 * UTF-8); Jackson does the escaping.
 */
final class JsonlWriter implements QuantityWriter {
  private static final JsonFactory JSON = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private final JsonGenerator g;

  JsonlWriter(Writer out) throws IOException {
    this.g = JSON.createGenerator(out);
    g.setRootValueSeparator(null); // each object ends its own line instead
  }

  @Override
  public void write(String source, List<Quantity> quantities) throws IOException {
    for (Quantity q : quantities) {
      g.writeStartObject();
      g.writeStringField("source", source);
      g.writeNumberField("start", q.span().start());
      g.writeNumberField("end", q.span().end());
      g.writeStringField("text", q.text());
      decimal("value", q.value());
      decimal("low", q.low());
      decimal("high", q.high());
      g.writeStringField("unit", q.unit().symbol());
      g.writeStringField("dimension", q.unit().dimension().id());
      g.writeStringField("unit_text", q.unitText());
      g.writeStringField("qualifier", q.qualifier().id());
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
