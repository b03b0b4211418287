/**
 * The back office's reports (MARKETER, ADMIN): the programme overview with its filter, each figure as a chart and as a
 * table, and the CSV export of every table.
 */
@NullMarked
package io.kopilka.web.backoffice.reports;

import org.jspecify.annotations.NullMarked;
