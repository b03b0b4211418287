/**
 * The programme's rules: networks, regions, channels, tiers and the policies for when points become available and expire.
 */
@NullMarked
package io.kopilka.programme;

import org.jspecify.annotations.NullMarked;
