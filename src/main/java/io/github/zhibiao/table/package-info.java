/**
 * The reader of the tables the library bundles: units, qualifiers and idioms ({@code number}),
 * keywords ({@code indicator}), places ({@code place}) and regions ({@code stats}). Internal, not
 * exported.
 */
package io.github.zhibiao.table;
