package dev.comptoir.contracts.orders;

public record Customer(String name, String email) {
}
