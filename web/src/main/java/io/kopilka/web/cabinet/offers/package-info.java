/**
 * The cabinet's Offers page: the promotions that apply to the signed-in customer and their challenges' progress.
 */
@NullMarked
package io.kopilka.web.cabinet.offers;

import org.jspecify.annotations.NullMarked;
