/** The customer's own profile in the cabinet: names, e-mail, birth date and consents per channel. */
@NullMarked
package io.kopilka.web.profile;

import org.jspecify.annotations.NullMarked;
