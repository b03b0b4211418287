/**
 * The web adapter: the customer cabinet, the B2B cabinet, the back office and the processing API, calling module APIs only.
 */
@NullMarked
package io.kopilka.web;

import org.jspecify.annotations.NullMarked;
