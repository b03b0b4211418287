/**
 * The personal offer sheet a consultant prints for a customer: the items they looked at with their personal prices,
 * the most points they may spend on each and the points they would earn, and the ways to earn more.
 */
@NullMarked
package io.kopilka.web.backoffice.offer;

import org.jspecify.annotations.NullMarked;
