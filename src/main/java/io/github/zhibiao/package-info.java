/**
 * zhibiao (指标): exact, typed figures from Chinese economic news and policy text.
 *
 * <p>Start with {@link io.github.zhibiao.Zhibiao}: build it once, then call {@code
 * findQuantities(text)}. Results are immutable records ({@link io.github.zhibiao.Quantity}, {@link
 * io.github.zhibiao.Span}, {@link io.github.zhibiao.Unit}); values are exact {@link
 * java.math.BigDecimal}s with the magnitude folded in; spans are half-open UTF-16 ranges in the
 * caller's original text.
 *
 * <p>All public types of this package are immutable and thread-safe, except {@link
 * io.github.zhibiao.Zhibiao.Builder}.
 */
package io.github.zhibiao;
