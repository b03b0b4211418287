/**
 * The customer's loyalty card as scannable pictures (barcode and QR code).
 */
@NullMarked
package io.kopilka.web.card;

import org.jspecify.annotations.NullMarked;
