/**
 * People and companies: identities (phone, e-mail, card, external ids), consents, tier assignment and history, segments.
 */
@NullMarked
package io.kopilka.customers;

import org.jspecify.annotations.NullMarked;
