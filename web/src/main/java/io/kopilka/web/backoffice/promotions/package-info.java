/**
 * The back office's promotions: the launch wizard (type, short form, preview, launch or schedule), the list with
 * pause, resume and end, and each promotion's results with their chart and CSV.
 */
@NullMarked
package io.kopilka.web.backoffice.promotions;

import org.jspecify.annotations.NullMarked;
