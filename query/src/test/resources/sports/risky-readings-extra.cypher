// Added to stranger-graph.cypher for RiskyReadingsTest: a 2014 semi-final decided by a penalty shoot-out (invented
// score, real team names) and a team whose name starts a city's ("Mexico City").
MATCH (wc14:Tournament {tournamentId: 'WC-2014'}), (arg:Team {teamId: 'T-03'})
CREATE (ned:Team {teamId: 'T-54', name: 'Netherlands'}), (mex:Team {teamId: 'T-49', name: 'Mexico'}),
       (s2:Match {matchId: 'M-2014-62', stage: 'semi-final', stageName: 'semi-finals', date: '2014-07-09', homeScore: 0, awayScore: 0,
                  penaltyShootout: true, homePenalties: 2, awayPenalties: 4}),
       (s2)-[:IN_TOURNAMENT]->(wc14), (s2)-[:HOME_TEAM]->(ned), (s2)-[:AWAY_TEAM]->(arg), (s2)-[:WINNER]->(arg), (s2)-[:LOSER]->(ned),
       (ned)-[:PARTICIPATED_IN {goalsFor: 0, goalsAgainst: 0, result: 'lose', penaltyShootout: true, penaltiesFor: 2, penaltiesAgainst: 4}]->(s2),
       (arg)-[:PARTICIPATED_IN {goalsFor: 0, goalsAgainst: 0, result: 'win', penaltyShootout: true, penaltiesFor: 4, penaltiesAgainst: 2}]->(s2);
