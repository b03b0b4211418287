/** The administrators' page of staff users: create them, change their roles, disable and enable them. */
@NullMarked
package io.kopilka.web.staff;

import org.jspecify.annotations.NullMarked;
