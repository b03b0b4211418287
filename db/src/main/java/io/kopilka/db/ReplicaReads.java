package io.kopilka.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Qualifies the {@code DSLContext} for reads that may lag behind the primary: the replica's when
 * {@code kopilka.replica.url} is set, otherwise the primary's own.
 *
 * <p>Only reads whose users accept seconds-old data take it (reports, the consultants' prefix search); whatever
 * decides a write or must see a write just made reads the primary (docs/scaling.md).
 */
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface ReplicaReads {
}
