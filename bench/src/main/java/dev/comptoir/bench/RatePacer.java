package dev.comptoir.bench;

/** Open-loop arrivals: checkout n is due n/R seconds after the start, whatever happened to the ones before it. */
public record RatePacer(double perSecond) {
    public long dueAfterNanos(long ticket) {
        return Math.round(ticket * 1e9 / perSecond);
    }
}
