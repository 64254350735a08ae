package dev.comptoir.platform.auth;

import jakarta.enterprise.context.RequestScoped;

/** Who made the current request, once {@link BearerTokenFilter} has let it through. */
@RequestScoped
public class AuthenticatedCaller {
    private Caller role;
    private String id;

    void authenticate(Caller role, String id) {
        this.role = role;
        this.id = id;
    }

    public Caller role() {
        return role;
    }

    /** The configured id of the caller (an agent platform, a merchant operator): what it owns is keyed by it. */
    public String id() {
        return id;
    }
}
