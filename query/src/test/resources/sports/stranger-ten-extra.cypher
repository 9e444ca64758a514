// Added to stranger-graph.cypher, tables-extra.cypher, session13-extra.cypher, session14-extra.cypher and
// stranger-nine-extra.cypher for StrangerTenClassesTest (session 16): Tottenham Hotspur in the 2022/23 Premier League and its
// two north London derbies as openfootball records them (Arsenal 3-1 Tottenham on 2022-10-01, Tottenham 0-2 Arsenal on
// 2023-01-15), real clubs and scores.
MATCH (pl:Tournament {tournamentId: 'openfootball:en.1:2022-23'})
CREATE (tot:Team {teamId: 'openfootball:team:tottenham', name: 'Tottenham Hotspur FC'});
UNWIND [['arsenal', 'tottenham', 3, 1, '2022-10-01', 'arsenal'], ['tottenham', 'arsenal', 0, 2, '2023-01-15', 'arsenal']] AS r
MATCH (h:Team {teamId: 'openfootball:team:' + r[0]}), (a:Team {teamId: 'openfootball:team:' + r[1]}),
      (pl:Tournament {tournamentId: 'openfootball:en.1:2022-23'}), (w:Team {teamId: 'openfootball:team:' + r[5]})
CREATE (m:Match {matchId: 'pl-' + r[0] + '-' + r[1], date: r[4], homeScore: r[2], awayScore: r[3], penaltyShootout: false}),
       (m)-[:IN_TOURNAMENT]->(pl), (m)-[:HOME_TEAM]->(h), (m)-[:AWAY_TEAM]->(a),
       (m)-[:WINNER]->(w),
       (h)-[:PARTICIPATED_IN {goalsFor: r[2], goalsAgainst: r[3], penaltyShootout: false,
                              result: CASE WHEN r[2] > r[3] THEN 'win' ELSE 'lose' END}]->(m),
       (a)-[:PARTICIPATED_IN {goalsFor: r[3], goalsAgainst: r[2], penaltyShootout: false,
                              result: CASE WHEN r[3] > r[2] THEN 'win' ELSE 'lose' END}]->(m);
// For the one-side, choice, answer-type and league-table classes: Tottenham's other four matches of the season with Liverpool
// and Chelsea, as openfootball records them (Tottenham 1-2 Liverpool, Liverpool 4-3 Tottenham, Chelsea 2-2 Tottenham,
// Tottenham 2-0 Chelsea), so that the four clubs of the slice each play every other at home and away.
UNWIND [['tottenham', 'liverpool', 1, 2, '2022-11-06', 'liverpool'], ['liverpool', 'tottenham', 4, 3, '2023-04-30', 'liverpool'],
        ['chelsea', 'tottenham', 2, 2, '2022-08-14', null], ['tottenham', 'chelsea', 2, 0, '2023-02-26', 'tottenham']] AS r
MATCH (h:Team {teamId: 'openfootball:team:' + r[0]}), (a:Team {teamId: 'openfootball:team:' + r[1]}),
      (pl:Tournament {tournamentId: 'openfootball:en.1:2022-23'})
CREATE (m:Match {matchId: 'pl-' + r[0] + '-' + r[1], date: r[4], homeScore: r[2], awayScore: r[3], penaltyShootout: false}),
       (m)-[:IN_TOURNAMENT]->(pl), (m)-[:HOME_TEAM]->(h), (m)-[:AWAY_TEAM]->(a),
       (h)-[:PARTICIPATED_IN {goalsFor: r[2], goalsAgainst: r[3], penaltyShootout: false,
                              result: CASE WHEN r[2] > r[3] THEN 'win' WHEN r[2] < r[3] THEN 'lose' ELSE 'draw' END}]->(m),
       (a)-[:PARTICIPATED_IN {goalsFor: r[3], goalsAgainst: r[2], penaltyShootout: false,
                              result: CASE WHEN r[3] > r[2] THEN 'win' WHEN r[3] < r[2] THEN 'lose' ELSE 'draw' END}]->(m);
MATCH (m:Match)-[:IN_TOURNAMENT]->(:Tournament {tournamentId: 'openfootball:en.1:2022-23'}), (m)-[:HOME_TEAM|AWAY_TEAM]->(w:Team)
WHERE m.matchId IN ['pl-tottenham-liverpool', 'pl-liverpool-tottenham', 'pl-tottenham-chelsea']
  AND EXISTS { (w)-[:PARTICIPATED_IN {result: 'win'}]->(m) }
CREATE (m)-[:WINNER]->(w);
// The 1994 final at the Rose Bowl, Pasadena: Brazil 0-0 Italy, Brazil 3-2 on penalties, with the shoot-out's kicks in order.
MATCH (bra:Team {teamId: 'T-09'}), (ita:Team {teamId: 'T-39'}), (wcm:Competition {competitionId: 'FIFA-WC-men'})
CREATE (wc94:Tournament {tournamentId: 'WC-1994', name: '1994 FIFA Men\'s World Cup', year: 1994, gender: 'men', countTeams: 24}),
       (wc94)-[:IN_COMPETITION]->(wcm), (bra)-[:QUALIFIED_FOR {performance: 'final'}]->(wc94), (ita)-[:QUALIFIED_FOR {performance: 'final'}]->(wc94),
       (rb:Stadium {stadiumId: 'S-94-1', name: 'Rose Bowl', city: 'Pasadena'}),
       (f:Match {matchId: 'M-1994-52', stage: 'final', date: '1994-07-17', homeScore: 0, awayScore: 0, homePenalties: 3, awayPenalties: 2,
                 penaltyShootout: true}),
       (f)-[:IN_TOURNAMENT]->(wc94), (f)-[:HOME_TEAM]->(bra), (f)-[:AWAY_TEAM]->(ita), (f)-[:WINNER]->(bra), (f)-[:PLAYED_AT]->(rb),
       (bra)-[:PARTICIPATED_IN {goalsFor: 0, goalsAgainst: 0, result: 'win', penaltyShootout: true}]->(f),
       (ita)-[:PARTICIPATED_IN {goalsFor: 0, goalsAgainst: 0, result: 'lose', penaltyShootout: true}]->(f);
UNWIND [['K-94-1', 'P-94-1', 'Franco Baresi', 'T-39', false], ['K-94-2', 'P-94-2', 'Márcio Santos', 'T-09', false],
        ['K-94-3', 'P-94-3', 'Demetrio Albertini', 'T-39', true], ['K-94-4', 'P-94-4', 'Romário', 'T-09', true],
        ['K-94-5', 'P-94-5', 'Alberigo Evani', 'T-39', true], ['K-94-6', 'P-94-6', 'Branco', 'T-09', true],
        ['K-94-7', 'P-94-7', 'Daniele Massaro', 'T-39', false], ['K-94-8', 'P-94-8', 'Dunga', 'T-09', true],
        ['K-94-9', 'P-94-9', 'Roberto Baggio', 'T-39', false]] AS k
MATCH (f:Match {matchId: 'M-1994-52'}), (t:Team {teamId: k[3]})
CREATE (p:Player {playerId: k[1], name: k[2]}), (p)-[:MEMBER_OF {tournamentId: 'WC-1994'}]->(t),
       (x:PenaltyKick {penaltyKickId: k[0], converted: k[4]}), (x)-[:IN_MATCH]->(f), (x)-[:BY_PLAYER]->(p), (x)-[:FOR_TEAM]->(t);
