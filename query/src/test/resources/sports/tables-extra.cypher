// Added to stranger-graph.cypher for TablesAndGroundsTest (session 12): the 2014 World Cup's Group G with its final
// standings, and the 2014 opening match Brazil 3-1 Croatia with Marcelo's own goal.
MATCH (wc14:Tournament {tournamentId: 'WC-2014'}), (ger:Team {teamId: 'T-29'}), (por:Team {name: 'Portugal'}), (bra:Team {name: 'Brazil'})
CREATE (cro:Team {teamId: 'T-21', name: 'Croatia'}), (gha:Team {teamId: 'T-33', name: 'Ghana'}), (usa:Team {teamId: 'T-80', name: 'United States'}),
       (gg:Group {groupId: 'WC-2014:Group G', name: 'Group G', stageNumber: 1}), (gg)-[:GROUP_OF]->(wc14),
       (ger)-[:IN_GROUP {position: 1, points: 7}]->(gg), (usa)-[:IN_GROUP {position: 2, points: 4}]->(gg),
       (por)-[:IN_GROUP {position: 3, points: 4}]->(gg), (gha)-[:IN_GROUP {position: 4, points: 1}]->(gg),
       (o14:Match {matchId: 'M-2014-01', stage: 'group stage', date: '2014-06-12', homeScore: 3, awayScore: 1, penaltyShootout: false}),
       (o14)-[:IN_TOURNAMENT]->(wc14), (o14)-[:HOME_TEAM]->(bra), (o14)-[:AWAY_TEAM]->(cro), (o14)-[:WINNER]->(bra),
       (bra)-[:PARTICIPATED_IN {goalsFor: 3, goalsAgainst: 1, result: 'win', penaltyShootout: false}]->(o14),
       (cro)-[:PARTICIPATED_IN {goalsFor: 1, goalsAgainst: 3, result: 'lose', penaltyShootout: false}]->(o14),
       (ney:Player {playerId: 'P-20', name: 'Neymar', familyName: 'Neymar'}),
       (mcl:Player {playerId: 'P-21', name: 'Marcelo', familyName: 'Marcelo'}),
       (osc:Player {playerId: 'P-22', name: 'Oscar', familyName: 'Oscar'}),
       (g1:Goal {goalId: 'G-20', ownGoal: true, penalty: false, minute: 11}), (g1)-[:IN_MATCH]->(o14), (g1)-[:BY_PLAYER]->(mcl), (g1)-[:FOR_TEAM]->(cro),
       (g2:Goal {goalId: 'G-21', ownGoal: false, penalty: false, minute: 29}), (g2)-[:IN_MATCH]->(o14), (g2)-[:BY_PLAYER]->(ney), (g2)-[:FOR_TEAM]->(bra),
       (g3:Goal {goalId: 'G-22', ownGoal: false, penalty: true, minute: 71}), (g3)-[:IN_MATCH]->(o14), (g3)-[:BY_PLAYER]->(ney), (g3)-[:FOR_TEAM]->(bra),
       (g4:Goal {goalId: 'G-23', ownGoal: false, penalty: false, minute: 91}), (g4)-[:IN_MATCH]->(o14), (g4)-[:BY_PLAYER]->(osc), (g4)-[:FOR_TEAM]->(bra);
