// Added to stranger-graph.cypher, risky-readings-extra.cypher and roles-extra.cypher for DecidingMatchesTest (session 15): the 2014 third-place match
// (Brazil 0-3 Netherlands, as played) and the final standings it decided; the 2022 final (Argentina-France, Qatar hosting).
MATCH (wc14:Tournament {tournamentId: 'WC-2014'}), (wc22:Tournament {tournamentId: 'WC-2022'}), (bra:Team {teamId: 'T-09'}),
      (arg:Team {teamId: 'T-03'}), (fra:Team {teamId: 'T-30'}), (ned:Team {teamId: 'T-54'}),
      (mar:Stadium {stadiumId: 'S-1'})
CREATE (ned)-[:FINISHED {position: 3}]->(wc14), (bra)-[:FINISHED {position: 4}]->(wc14),
       (t14:Match {matchId: 'M-2014-63', stage: 'third-place match', stageName: 'third-place match', date: '2014-07-12', homeScore: 0,
                   awayScore: 3, penaltyShootout: false}),
       (t14)-[:IN_TOURNAMENT]->(wc14), (t14)-[:HOME_TEAM]->(bra), (t14)-[:AWAY_TEAM]->(ned), (t14)-[:WINNER]->(ned), (t14)-[:PLAYED_AT]->(mar),
       (bra)-[:PARTICIPATED_IN {goalsFor: 0, goalsAgainst: 3, result: 'lose', penaltyShootout: false}]->(t14),
       (ned)-[:PARTICIPATED_IN {goalsFor: 3, goalsAgainst: 0, result: 'win', penaltyShootout: false}]->(t14),
       (lus:Stadium {stadiumId: 'S-9', name: 'Lusail Stadium', city: 'Lusail'}),
       (f22:Match {matchId: 'M-2022-64', stage: 'final', date: '2022-12-18', homeScore: 3, awayScore: 3, penaltyShootout: true,
                   homePenalties: 4, awayPenalties: 2}),
       (f22)-[:IN_TOURNAMENT]->(wc22), (f22)-[:HOME_TEAM]->(arg), (f22)-[:AWAY_TEAM]->(fra), (f22)-[:WINNER]->(arg), (f22)-[:PLAYED_AT]->(lus),
       (arg)-[:PARTICIPATED_IN {goalsFor: 3, goalsAgainst: 3, result: 'win', penaltyShootout: true}]->(f22),
       (fra)-[:PARTICIPATED_IN {goalsFor: 3, goalsAgainst: 3, result: 'lose', penaltyShootout: true}]->(f22);
