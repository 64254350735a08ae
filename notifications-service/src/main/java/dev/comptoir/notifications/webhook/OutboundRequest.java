package dev.comptoir.notifications.webhook;

import java.util.Map;

/** A signed webhook request, ready to send: where, its headers, its JSON body. */
public record OutboundRequest(String url, Map<String, String> headers, String body) {
}
