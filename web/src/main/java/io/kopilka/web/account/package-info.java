/**
 * The signed-in person's own account: choosing a password, forced after signing in with an initial password someone
 * else chose (invited buyers, staff users created by an administrator), voluntary for everyone else.
 */
@NullMarked
package io.kopilka.web.account;

import org.jspecify.annotations.NullMarked;
