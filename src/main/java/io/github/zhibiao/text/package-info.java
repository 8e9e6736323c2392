/**
 * Normalization of messy extracted text, with an exact map back to the caller's original.
 *
 * <p>The first stage of the pipeline: {@link io.github.zhibiao.text.NormalizedText#of(String)}
 * folds full-width digits, joins lines broken by narrow newspaper columns and repairs headlines
 * doubled by PDF fake-bold. Later stages search the normalized text and map every span back.
 */
package io.github.zhibiao.text;
