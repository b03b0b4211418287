package io.kopilka.promotions;

/** Where an order was placed; rules and promotions may depend on it. */
public enum Channel { POS, WEB, APP, SERVICE_CENTRE, B2B }
