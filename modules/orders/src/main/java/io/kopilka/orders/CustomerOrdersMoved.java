package io.kopilka.orders;

/**
 * The result of {@link Orders#moveCustomer}: how many orders now name the person kept and how many settlement items
 * now release into the kept points account.
 */
public record CustomerOrdersMoved(int orders, int settlements) {
}
