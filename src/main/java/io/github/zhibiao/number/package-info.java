/**
 * The quantity scanner: numerals, magnitudes, units and qualifiers. Internal, not exported; use
 * {@link io.github.zhibiao.Zhibiao}.
 *
 * <p>Open vocabularies are resource tables next to these classes: {@code units.tsv}, {@code
 * qualifiers.tsv}, {@code idioms.txt}. Each has a provenance header and fails loudly, naming the
 * file and line, when malformed.
 */
package io.github.zhibiao.number;
