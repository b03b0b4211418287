/**
 * What the cabinet and the back office share about points: reasons in words, and who the signed-in member is.
 */
@NullMarked
package io.kopilka.web.points;

import org.jspecify.annotations.NullMarked;
