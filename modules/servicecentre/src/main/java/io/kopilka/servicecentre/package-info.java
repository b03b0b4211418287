/**
 * Repair orders of the service centres: intake with a preliminary price, revisions and completion.
 */
@NullMarked
package io.kopilka.servicecentre;

import org.jspecify.annotations.NullMarked;
