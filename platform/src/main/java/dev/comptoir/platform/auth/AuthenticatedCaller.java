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

    /** A stable identifier of the credential used: the start of its hash, never the token. */
    public String id() {
        return id;
    }
}
