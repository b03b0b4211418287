/**
 * The database schema: Flyway migrations and the jOOQ table classes generated from them, shared by every module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package io.kopilka.db;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
