// Added to stranger-graph.cypher, risky-readings-extra.cypher and roles-extra.cypher for NamedMatchesTest (session 15): the 2014 third-place match
// (Brazil 0-3 Netherlands, as played) and the final standings it decided; the 2022 final (Argentina-France, Qatar hosting);
// Barcelona 2-2 Girona in La Liga 2018/19, as the StatsBomb ingest writes it (scores only here).
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
       (fra)-[:PARTICIPATED_IN {goalsFor: 3, goalsAgainst: 3, result: 'lose', penaltyShootout: true}]->(f22),
       (liga:Competition {competitionId: 'statsbomb:competition:11', name: 'La Liga'}),
       (l19:Tournament {tournamentId: 'statsbomb:season:11:4', name: 'La Liga 2018/2019', year: 2018, season: '2018/19'}),
       (l19)-[:IN_COMPETITION]->(liga),
       (bar:Team {teamId: 'statsbomb:team:217', name: 'Barcelona'}), (gir:Team {teamId: 'statsbomb:team:220', name: 'Girona'}),
       (bg:Match {matchId: 'statsbomb:match:15986', date: '2018-09-23', homeScore: 2, awayScore: 2, penaltyShootout: false}),
       (bg)-[:IN_TOURNAMENT]->(l19), (bg)-[:HOME_TEAM]->(bar), (bg)-[:AWAY_TEAM]->(gir),
       (bar)-[:PARTICIPATED_IN {goalsFor: 2, goalsAgainst: 2, result: 'draw', penaltyShootout: false}]->(bg),
       (gir)-[:PARTICIPATED_IN {goalsFor: 2, goalsAgainst: 2, result: 'draw', penaltyShootout: false}]->(bg);
