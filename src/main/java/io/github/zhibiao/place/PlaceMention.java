package io.github.zhibiao.place;

import io.github.zhibiao.Place;

/** STUB. */
public record PlaceMention(int start, int end, Place place, boolean abbreviation) {}
