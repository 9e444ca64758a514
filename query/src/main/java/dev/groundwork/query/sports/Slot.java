package dev.groundwork.query.sports;

/** A parameter a template needs, filled from the question by {@link QuestionFrame}. */
enum Slot {
    /** One tournament: a year, with the men's or women's rule applied. */
    TOURNAMENT,
    /** The first team named. */
    TEAM,
    /** The second team named. */
    OPPONENT,
    PLAYER,
    /** Exactly one match, found from the tournament, the teams named and the stage. */
    MATCH,
    GROUP,
    AWARD,
    /** One referee or manager, named in full. */
    PERSON,
    /** One place matches were played at: a city ({@code $city}) or a stadium ({@code $stadium}). */
    PLACE
}
