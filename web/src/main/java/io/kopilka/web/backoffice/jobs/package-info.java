/**
 * The back office's Jobs page: schedules, runs with live progress, starting and restarting runs.
 */
@NullMarked
package io.kopilka.web.backoffice.jobs;

import org.jspecify.annotations.NullMarked;
