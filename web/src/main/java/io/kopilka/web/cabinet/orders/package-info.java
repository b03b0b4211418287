/**
 * The customer's "My orders": their orders with the points each earned and spent and where those points are, and one
 * order with its lines and the reasons of its points.
 */
@NullMarked
package io.kopilka.web.cabinet.orders;

import org.jspecify.annotations.NullMarked;
