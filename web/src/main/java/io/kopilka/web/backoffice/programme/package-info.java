/**
 * The back office's programme settings: policies, regions and networks, edited by administrators.
 */
@NullMarked
package io.kopilka.web.backoffice.programme;

import org.jspecify.annotations.NullMarked;
