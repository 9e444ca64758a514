package dev.groundwork.query.sports;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The kind of thing a question asks for (its answer type), read from the interrogative and its head
 * noun after the {@link Lexicon}'s rewrite, and the kind each template's query returns. A template
 * runs only when the kind it returns is one the question accepts: "Which team scored the most goals?"
 * never gets a player, "Which stadium ...?" never a country. {@link #WHO}, {@link #PLACE} and
 * {@link #UNKNOWN} are the question kinds that leave more than one kind open. Stateless.
 *
 * <pre>{@code
 * AnswerKind.of("Which stadium hosted the 2014 final?")   // VENUE
 * AnswerKind.WHO.accepts(AnswerKind.TEAM)                 // true
 * }</pre>
 */
enum AnswerKind {
    TEAM, PLAYER, NUMBER, SCORE, VENUE, CITY, DATE, YEAR, STAGE, REFEREE, MANAGER, AWARD, COMPETITION,
    /** A team's starting formation ("433"). */
    FORMATION,
    /** A win–draw–loss record. */
    RECORD,
    /** A match, said as "Team 4–1 Team". */
    MATCH,
    /** "where": a venue, a city, a host country, a stage or a group position. */
    PLACE,
    /** "who": a team or a person. */
    WHO,
    /** Nothing in the wording says which kind: any kind is accepted. */
    UNKNOWN;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** "how many won, drawn and lost", "win, draw and lose": the three counts of a record asked one by one. */
    static final String THREE_COUNTS = "\\b(won|win|wins)[,/ ]+(and )?(drawn|drew|draw|draws)[,/ ]+(and |or )?(lost|lose|losses)\\b";
    /**
     * An adjective between the interrogative and its head noun ("which national teams", "what other players", "which Premier
     * League team", a competition's name): the noun still says the kind. Shared with {@link SportsQuestionAnswering}'s check of
     * the rows' kind.
     */
    static final String ADJECTIVE = "(?:(?:national|other|different|opposing|losing|winning|host|participating|competing|individual|two|three|four|five|six|eight) )?"
            // A competition's name before the noun: "which Bundesliga side", "what Premier League club", "which World Cup team".
            + "(?:(?:english |german |spanish |italian |french |the )?(?:premier league|bundesliga|la liga|laliga|serie a|ligue 1|epl|prem|euro|euros|world cup|wc|league) )?";
    /** First rule that fires wins: counting before scores ("how many goals ... score"), head nouns before bare interrogatives. */
    private static final List<Map.Entry<Pattern, AnswerKind>> RULES = List.of(
            rule(THREE_COUNTS + "|\\b(head[- ]to[- ]head|record against|(world cup|all[- ]time) record against|wins?[-–/, ]+(and )?draws?[-–/, ]+(and )?loss(es)?"
                    + "|w[-–/]d[-–/]l)\\b|\\b(\\w+'s|their|his|its) (league |season |overall )?record (in|at|during|for)\\b", RECORD),
            rule("\\bhow many\\b|\\bhow often\\b|\\bnumber of\\b|\\bhow much\\b|\\bwhat (was|is) the (total|tally|count)\\b"
                    + "|\\b(goal|goals) (total|tally)\\b|\\bwhat (position|place)\\b|\\bin what position\\b|\\bhow many points\\b", NUMBER),
            rule("\\b(final )?score(line)?\\b(?!d|r)|\\bresult\\b|\\bhow did .* (end|finish)\\b|\\bwhat did .* end\\b|\\b(ended|finished) how\\b|\\bby what (score|margin)\\b", SCORE),
            rule("\\b(which|what) (world cups|tournaments|editions)\\b|\\b(what|which) (year|years)\\b|\\bwhat was .*'s first world cup\\b", YEAR),
            rule("^\\s*when\\b|\\b(what|which) (date|day)\\b|\\bon what day\\b", DATE),
            // "Where, city-wise, was the final played?" asks for the city.
            rule("\\b(what|which) (city|cities|town)\\b|\\bcity[- ]?wise\\b", CITY),
            rule("\\b(what|which) (stadium|stadiums|venue|venues|ground|arena)\\b|\\bat what venue\\b", VENUE),
            rule("\\b(what|which) (group)\\b", STAGE),
            rule("\\bhow far\\b|\\b(what|which) (stage|round|matchday|match day|gameweek|game week)\\b|\\bwhere (was|were) .* (eliminated|knocked out)\\b", STAGE),
            rule("\\b(what|which) (referee|official|officials|match official)\\b|^\\s*who (refereed|was the referee)\\b", REFEREE),
            rule("\\b(what|which) (manager|coach|head coach|managers|coaches)\\b|^\\s*who (managed|was the (head )?coach"
                    + "|was the manager|were the managers|coached)\\b", MANAGER),
            rule("\\b(what|which) (award|awards|trophy|prize)\\b", AWARD),
            rule("\\b(what|which) (formation|system|shape)\\b", FORMATION),
            rule("\\b(what|which) competition\\b", COMPETITION),
            rule("\\b(what|which) (match|matches|game|games|fixture)\\b|^\\s*what (was|were) (the |\\w+'s )?(first |opening |last )?"
                    + "(match|game|fixture)\\b", MATCH),
            rule("\\b(what|which) " + ADJECTIVE + "(team|teams|country|countries|nation|nations|side|sides|club|clubs|national team)\\b"
                    + "|^\\s*who (hosted|were the hosts?|was the host|finished(?! as (the )?(joint )?(top|leading|best))|came (first|second|third|fourth|last)|topped|beat|lost to"
                    + "|was runner|were runners|were the runners|won the (world cup|title|tournament|trophy|group|match|game|final|shoot)"
                    + "|won (on )?penalties)\\b|^\\s*who did .* (beat|play|face|meet|lose to|defeat)\\b"
                    + "|^\\s*who (was|were|is|are) the ([\\w-]+ ){0,2}(team|teams|country|countries|nation|nations|side|club)\\b(?!['’])"
                    // A person's nationality is a country: "What nationality was the referee?", "Where did the coach come from?"
                    + "|\\b(what|which) nationality\\b|\\bcome from\\b"
                    // "Did Mexico or Germany win?" asks which of the two.
                    + "|^\\s*did .+ or .+ (win|lose|go through|progress|advance)\\b"
                    // "Return the list of teams that ...": the teams themselves.
                    + "|^\\s*(return|give|show|provide|get)( me| us)? (the |a )?(full )?(list|names?) of (the |all )?(the )?"
                    + "(teams|countries|nations|sides|clubs)\\b", TEAM),
            rule("\\b(what|which) " + ADJECTIVE + "(player|players|goalkeeper|goalkeepers|striker|strikers|scorer|scorers|goalscorer|goalscorers"
                    + "|substitute|substitutes|defender|midfielder|forward)\\b|^\\s*who (scored|was sent off|were sent off|missed"
                    + "|came on|came off|was booked|were booked|was the top|was the leading|got|received|won the golden"
                    + "|put the ball)\\b|\\btop (goal)?scorer\\b|\\bleading (goal)?scorer\\b|^\\s*whose\\b"
                    + "|^\\s*who (was|were|is|are) the ([\\w-]+ ){0,2}(player|players|goalkeeper|keeper|striker|defender|captain)\\b"
                    + "|^\\s*(name|list)( some| a few| all)?( of)? the (players|members)\\b"
                    // "Return the list of players sent off ...", "Give me the names of the scorers ...": the players themselves.
                    + "|^\\s*(return|give|show|provide|get)( me| us)? (the |a )?(full )?(list|names?) of (the |all )?(the )?"
                    + "(players|scorers|goalscorers|substitutes|goalkeepers)\\b", PLAYER),
            rule("^\\s*where\\b", PLACE),
            rule("^\\s*(who|whom)\\b", WHO));

    /** The kind each answering template's query returns: a kind, then the names of the templates that return it. */
    private static final Map<String, AnswerKind> PRODUCES = table("""
            TEAM tournament_winner runner_up third_place fourth_place host_country most_titles match_winner final_teams
                shootout_winner match_opponent player_team group_winner group_members team_most_goals_in_tournament
                league_champion league_bottom player_team_in_tournament biggest_win_team award_winner_team league_place league_most_results league_fewest_results league_fewest_conceded league_unbeaten league_bottom_places group_bottom team_eliminated_by team_most_conceded_in_tournament manager_teams manager_all_teams stage_teams manager_country referee_country_in_match
            NUMBER tournament_goals tournament_matches tournament_teams red_cards_in_tournament yellow_cards_in_tournament
                own_goals_in_tournament penalty_goals_in_tournament shootouts_in_tournament cards_in_match player_goals_in_tournament player_total_goals
                player_penalty_goals player_penalty_goals_in_tournament player_scoring_matches player_hat_tricks
                player_tournaments hat_tricks_in_tournament team_titles team_tournament_count team_total_goals team_total_wins
                team_total_matches team_shootouts team_matches_in_tournament team_goals_in_tournament head_to_head_meetings head_to_head_wins
                group_points group_position team_conceded_in_tournament team_results_in_tournament league_points league_position
                draws_in_tournament goalless_draws_in_tournament home_wins_in_tournament team_home_wins_in_tournament team_squad_size tournament_stadium_count world_cup_count
                player_shirt_number player_shirt_in_match player_goals_in_match team_goals_in_match match_goals top_scorer_goals substitutions_in_match shootouts_all_time player_award_count
                player_cards team_hosted_count place_match_count place_match_count_in_tournament referee_match_count referee_match_count_in_tournament manager_tournament_count manager_team_tournament_count
            PLAYER squad_by_position squad_by_number team_squad team_top_scorer_in_tournament first_scorer_in_tournament winning_goal_scorer team_carded_in_tournament replacement_in_match penalty_scorers_in_match award_winner match_scorers own_goal_scorers_in_match sent_off_in_match substitutes_in_match substituted_off_in_match shootout_misses shootout_scorers
                first_scorer_in_match booked_in_match number_in_match starters_in_match starters_at_position_in_match unused_players_in_match top_scorer all_time_top_scorer hat_trick_scorers
            MATCH biggest_win_tournament biggest_win_all_time
            SCORE match_score shootout_score half_time_score
            VENUE match_venue
            CITY match_city stadium_city
            DATE match_date tournament_start_date tournament_end_date
            REFEREE match_referee
            YEAR place_stage_years tournament_year team_first_appearance team_hosted_years player_tournament_years team_title_years player_award_years
            STAGE team_performance team_group match_stage
            RECORD head_to_head_record team_record_in_tournament team_record_all_time
            MANAGER manager manager_in_match title_managers winner_manager team_title_manager
            AWARD player_awards_in_tournament
            FORMATION formation_in_match
            COMPETITION match_competition
            """);

    private static Map<String, AnswerKind> table(String text) {
        Map<String, AnswerKind> out = new java.util.HashMap<>();
        AnswerKind kind = null;
        for (String word : text.strip().split("\\s+")) {
            if (word.equals(word.toUpperCase(Locale.ROOT))) {
                kind = valueOf(word);
            } else {
                out.put(word, kind);
            }
        }
        return Map.copyOf(out);
    }

    private static Map.Entry<Pattern, AnswerKind> rule(String regex, AnswerKind kind) {
        return Map.entry(Pattern.compile(regex, FLAGS), kind);
    }

    /** The kind {@code question} asks for; read it after {@link Lexicon#canonical}. */
    static AnswerKind of(String question) {
        String q = question.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        return RULES.stream().filter(r -> r.getKey().matcher(q).find()).map(Map.Entry::getValue).findFirst().orElse(UNKNOWN);
    }

    /** The kind the answering template {@code name} returns; refusals and unknown names return {@link #UNKNOWN}. */
    static AnswerKind produced(String name) {
        return PRODUCES.getOrDefault(name, UNKNOWN);
    }

    /** Whether a question asking for this kind is answered by a query returning {@code produced}. */
    boolean accepts(AnswerKind produced) {
        if (this == UNKNOWN || produced == UNKNOWN) {
            return true;
        }
        Set<AnswerKind> ok = switch (this) {
            case WHO -> EnumSet.of(TEAM, PLAYER, REFEREE, MANAGER);
            // A place: a venue (where a match was played; a city is asked as "which city"), a host country, a stage reached
            // ("where was Team eliminated"), a group position.
            case PLACE -> EnumSet.of(VENUE, TEAM, STAGE, NUMBER);
            case DATE -> EnumSet.of(DATE, YEAR);
            case SCORE -> EnumSet.of(SCORE, MATCH);
            default -> EnumSet.of(this);
        };
        return ok.contains(produced);
    }

    /** How a decline says this kind: "a team", "a number", "a win–draw–loss record". */
    String said() {
        return switch (this) {
            case RECORD -> "a win–draw–loss record";
            case PLACE -> "a place";
            case WHO -> "a team or a person";
            case UNKNOWN -> "an answer";
            default -> "a " + name().toLowerCase(Locale.ROOT);
        };
    }
}
