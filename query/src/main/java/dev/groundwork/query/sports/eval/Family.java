package dev.groundwork.query.sports.eval;

/** How one template family's gold answer is computed from the CSV rows. */
@FunctionalInterface
interface Family {
    SportsAnswer answer(GoldArgs args);
}
