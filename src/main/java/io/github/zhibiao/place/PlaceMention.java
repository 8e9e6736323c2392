package io.github.zhibiao.place;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.zhibiao.Place;

/**
 * A place named in a text: where it stands and which division it is.
 *
 * <p>{@code start} and {@code end} are half-open UTF-16 offsets into the caller's text, so {@code
 * text.substring(start, end)} is the surface as written; {@link #place()} carries the official
 * name:
 *
 * <pre>{@code
 * String text = "推动川渝合作，道孚县位于甘孜州";
 * Gazetteer.standard().find(text);
 * // [2, 3) 川   → 四川省 510000, abbreviation = true
 * // [3, 4) 渝   → 重庆市 500000, abbreviation = true
 * // [7, 10) 道孚县 → 道孚县 513326, abbreviation = false
 * // [12, 15) 甘孜州 → 甘孜藏族自治州 513300, abbreviation = false
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; treat as a value type.
 *
 * @param start the index of the first character, inclusive
 * @param end the index after the last character, exclusive
 * @param place the division named
 * @param abbreviation whether the mention is a one-character province abbreviation (川 in 川渝)
 */
public record PlaceMention(int start, int end, Place place, boolean abbreviation) {

  /** Checks that the span is non-empty and the place is not null. */
  public PlaceMention {
    checkArgument(start >= 0 && end > start, "invalid span [%s, %s)", start, end);
    checkNotNull(place, "place");
  }
}
