/**
 * Captures every API call for the request log: integration, order and customer, status, duration and the bodies with
 * personal data masked.
 */
@NullMarked
package io.kopilka.web.api.log;

import org.jspecify.annotations.NullMarked;
