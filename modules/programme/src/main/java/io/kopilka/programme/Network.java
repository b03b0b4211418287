package io.kopilka.programme;

/** A chain, service centre or sales desk where points are earned and spent; {@code code} is its key in the API. */
public record Network(String code, String name) {
}
