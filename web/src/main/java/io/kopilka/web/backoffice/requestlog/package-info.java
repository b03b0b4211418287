/**
 * The support staff's request log page: API calls filtered by period, network, order, customer and status class.
 */
@NullMarked
package io.kopilka.web.backoffice.requestlog;

import org.jspecify.annotations.NullMarked;
