/**
 * What lets several instances of the portal share one database: the expired sessions' clean-up and the resubmission of
 * incomplete event publications, each on one instance at a time (docs/scaling.md).
 */
@NullMarked
package io.kopilka.web.instances;

import org.jspecify.annotations.NullMarked;
