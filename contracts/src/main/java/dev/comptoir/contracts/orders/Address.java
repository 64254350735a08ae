package dev.comptoir.contracts.orders;

public record Address(String name, String lineOne, String lineTwo, String city, String state, String country,
        String postalCode) {
}
