package dev.groundwork.query.sports.eval;

final class RagBaseline {
    static SportsSystem build(WorldCupData data) {
        return q -> SportsAnswer.cannotAnswer();
    }
}
