/**
 * Who may use the portal: sign-in accounts with their roles, and the API keys of integrations bound to a network.
 */
@NullMarked
package io.kopilka.identity;

import org.jspecify.annotations.NullMarked;
