/** The buyers of a company customer, seen by its buyers; its admin buyer invites, disables and enables them. */
@NullMarked
package io.kopilka.web.buyers;

import org.jspecify.annotations.NullMarked;
