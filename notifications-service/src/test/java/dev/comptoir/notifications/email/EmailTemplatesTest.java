package dev.comptoir.notifications.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.comptoir.contracts.orders.Customer;
import dev.comptoir.contracts.orders.OrderConfirmed;
import dev.comptoir.contracts.orders.OrderLine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmailTemplatesTest {

    @Test
    void amountsAreShownInTheCurrencysOwnDecimals() {
        assertEquals("12.50 USD", EmailTemplates.money(1250, "usd"));
        assertEquals("1250 JPY", EmailTemplates.money(1250, "jpy"));
        assertEquals("1.250 KWD", EmailTemplates.money(1250, "kwd"));
    }

    @Test
    void confirmationGoesToTheCustomerAndListsTheOrder() {
        Email email = new EmailTemplates("Test Shop").confirmation(new OrderConfirmed("ord_1",
                new Customer("Ada", "ada@example.com"), "eur",
                List.of(new OrderLine("li_1", "mug", "Black mug", 2, 1200, 2400, false, Map.of())), 2900));
        assertEquals("ada@example.com", email.recipient());
        assertTrue(email.subject().contains("ord_1"));
        assertTrue(email.body().contains("2 x Black mug  24.00 EUR"), email.body());
        assertTrue(email.body().contains("Total charged: 29.00 EUR"), email.body());
    }
}
