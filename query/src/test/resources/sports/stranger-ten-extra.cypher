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
