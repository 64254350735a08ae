package dev.comptoir.platform.acp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An Agentic Commerce Protocol endpoint: it requires a supported {@code API-Version} and echoes {@code Request-Id}
 * (see {@link AcpHeadersFilter}); its POSTs run through {@link Idempotency}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AcpProtocol {
}
