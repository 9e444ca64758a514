// Added to stranger-graph.cypher and tables-extra.cypher for YesNoAndDemonymsTest (session 13): the 1974 World Cup (West
// Germany, the team "the Germans" named then) with its final and two second-round wins by the same margin, the Netherlands at
// both tournaments, and the 2014 Golden Ball won by Lionel Messi of Argentina's squad. Real teams, players and scores.
MATCH (wcm:Competition {competitionId: 'FIFA-WC-men'}), (wc14:Tournament {tournamentId: 'WC-2014'}), (arg:Team {teamId: 'T-03'}),
      (bra:Team {teamId: 'T-09'})
CREATE (wc74:Tournament {tournamentId: 'WC-1974', name: '1974 FIFA Men\'s World Cup', year: 1974, gender: 'men', countTeams: 16}),
       (wc74)-[:IN_COMPETITION]->(wcm),
       (frg:Team {teamId: 'T-86', name: 'West Germany'}), (ned:Team {teamId: 'T-50', name: 'Netherlands'}),
       (yug:Team {teamId: 'T-88', name: 'Yugoslavia'}),
       (frg)-[:FINISHED {position: 1}]->(wc74), (ned)-[:FINISHED {position: 2}]->(wc74),
       (frg)-[:QUALIFIED_FOR {performance: 'final'}]->(wc74), (ned)-[:QUALIFIED_FOR {performance: 'final'}]->(wc74),
       (bra)-[:QUALIFIED_FOR {performance: 'fourth place'}]->(wc74), (yug)-[:QUALIFIED_FOR {performance: 'second group stage'}]->(wc74),
       (ned)-[:QUALIFIED_FOR {performance: 'third place'}]->(wc14),
       (sch:Manager {managerId: 'M-3', name: 'Helmut Schön'}), (sch)-[:MANAGED {tournamentId: 'WC-1974'}]->(frg),
       (f74:Match {matchId: 'M-1974-38', stage: 'final', date: '1974-07-07', homeScore: 1, awayScore: 2, penaltyShootout: false}),
       (f74)-[:IN_TOURNAMENT]->(wc74), (f74)-[:HOME_TEAM]->(ned), (f74)-[:AWAY_TEAM]->(frg), (f74)-[:WINNER]->(frg),
       (ned)-[:PARTICIPATED_IN {goalsFor: 1, goalsAgainst: 2, result: 'lose', penaltyShootout: false}]->(f74),
       (frg)-[:PARTICIPATED_IN {goalsFor: 2, goalsAgainst: 1, result: 'win', penaltyShootout: false}]->(f74),
       (a74:Match {matchId: 'M-1974-36', stage: 'second group stage', date: '1974-07-03', homeScore: 2, awayScore: 0, penaltyShootout: false}),
       (a74)-[:IN_TOURNAMENT]->(wc74), (a74)-[:HOME_TEAM]->(ned), (a74)-[:AWAY_TEAM]->(bra), (a74)-[:WINNER]->(ned),
       (ned)-[:PARTICIPATED_IN {goalsFor: 2, goalsAgainst: 0, result: 'win', penaltyShootout: false}]->(a74),
       (bra)-[:PARTICIPATED_IN {goalsFor: 0, goalsAgainst: 2, result: 'lose', penaltyShootout: false}]->(a74),
       (b74:Match {matchId: 'M-1974-29', stage: 'second group stage', date: '1974-06-26', homeScore: 2, awayScore: 0, penaltyShootout: false}),
       (b74)-[:IN_TOURNAMENT]->(wc74), (b74)-[:HOME_TEAM]->(frg), (b74)-[:AWAY_TEAM]->(yug), (b74)-[:WINNER]->(frg),
       (frg)-[:PARTICIPATED_IN {goalsFor: 2, goalsAgainst: 0, result: 'win', penaltyShootout: false}]->(b74),
       (yug)-[:PARTICIPATED_IN {goalsFor: 0, goalsAgainst: 2, result: 'lose', penaltyShootout: false}]->(b74),
       (messi:Player {playerId: 'P-30', name: 'Lionel Messi', givenName: 'Lionel', familyName: 'Messi'}),
       (messi)-[:MEMBER_OF {tournamentId: 'WC-2014', shirtNumber: 10}]->(arg),
       (ball:Award {awardId: 'A-1', name: 'Golden Ball'}), (messi)-[:WON_AWARD {tournamentId: 'WC-2014'}]->(ball);
