/**
 * Descriptive statistics, rankings, and the region groups of provinces.
 *
 * <p>{@link io.github.zhibiao.stats.Statistics} describes any collection of items through two
 * functions, one reading an exact {@link java.math.BigDecimal} value and one reading the unit, and
 * returns an immutable {@link io.github.zhibiao.stats.Summary}: exact sum, minimum and maximum, and
 * double-valued mean, percentiles (R type 7), variances, skewness and outliers, each definition
 * pinned in the {@code Summary} Javadoc. {@link io.github.zhibiao.stats.RegionGroups} says which
 * statistical regions and national strategy areas (东部, 长三角, 长江经济带 …) a province belongs to.
 * {@link io.github.zhibiao.stats.Totals} sums the figures of one indicator type by province, place
 * or region group into immutable {@link io.github.zhibiao.stats.Total}s, with bounds and the figures
 * behind each total.
 *
 * <p>Commons Math is an implementation detail: none of its types appears in this API. All public
 * types of this package are immutable and thread-safe.
 */
package io.github.zhibiao.stats;
