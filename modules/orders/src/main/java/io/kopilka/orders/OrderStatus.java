package io.kopilka.orders;

/** Where an order is in its life; a B2B order stays PLACED or PAID while its batches are delivered one by one. */
public enum OrderStatus { PLACED, PAID, DELIVERED, CANCELLED }
