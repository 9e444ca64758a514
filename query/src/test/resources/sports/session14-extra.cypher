// Added to stranger-graph.cypher and session13-extra.cypher for LineUpsAndMatchPeopleTest (session 14): Turkey 0-3 Italy at
// Euro 2020 as the StatsBomb ingest writes it: line-up entries with the Starting XI position and shirt number, a squad
// member with no line-up entry (an unused substitute), a second Jorginho (in a World Cup squad of Brazil's, invented), a substitution as an "/off" and an "/on" event, each side's manager
// and formation, and the goals. Real teams, players, numbers and score; a slice of each line-up.
CREATE (eu:Competition {competitionId: 'statsbomb:competition:55', name: 'UEFA Euro'}),
       (eu20:Tournament {tournamentId: 'statsbomb:season:55/43', name: 'UEFA Euro 2020', year: 2020, season: '2020'}),
       (eu20)-[:IN_COMPETITION]->(eu),
       (ita:Team {teamId: 'T-39', name: 'Italy'}), (tur:Team {teamId: 'T-81', name: 'Turkey'}),
       (m:Match {matchId: 'statsbomb:match:3788741', stage: 'group stage', date: '2021-06-11', homeScore: 0, awayScore: 3,
                 penaltyShootout: false}),
       (m)-[:IN_TOURNAMENT]->(eu20), (m)-[:HOME_TEAM]->(tur), (m)-[:AWAY_TEAM]->(ita), (m)-[:WINNER]->(ita),
       (tur)-[:PARTICIPATED_IN {goalsFor: 0, goalsAgainst: 3, result: 'lose', formation: '4141'}]->(m),
       (ita)-[:PARTICIPATED_IN {goalsFor: 3, goalsAgainst: 0, result: 'win', formation: '433'}]->(m),
       (mancini:Manager {managerId: 'statsbomb:manager:2997', name: 'Roberto Mancini'}),
       (gunes:Manager {managerId: 'statsbomb:manager:701', name: 'Şenol Güneş'}),
       (mancini)-[:MANAGED {tournamentId: 'statsbomb:season:55/43'}]->(ita), (gunes)-[:MANAGED {tournamentId: 'statsbomb:season:55/43'}]->(tur);
UNWIND [['sb:4', 'Gianluigi Donnarumma', 'T-39', 21, true, 'Goalkeeper'], ['sb:5', 'Leonardo Bonucci', 'T-39', 19, true, 'Right Center Back'],
        ['sb:6', 'Ciro Immobile', 'T-39', 17, true, 'Center Forward'], ['sb:7', 'Lorenzo Insigne', 'T-39', 10, true, 'Left Wing'],
        ['sb:8', 'Andrea Belotti', 'T-39', 9, false, null], ['sb:9', 'Uğurcan Çakır', 'T-81', 23, true, 'Goalkeeper'],
        ['sb:10', 'Merih Demiral', 'T-81', 3, true, 'Left Center Back'], ['sb:12', 'Jorginho', 'T-39', 8, true, 'Center Defensive Midfield']] AS r
MATCH (m:Match {matchId: 'statsbomb:match:3788741'}), (t:Team {teamId: r[2]})
CREATE (p:Player {playerId: r[0], name: r[1]}), (p)-[:MEMBER_OF {tournamentId: 'statsbomb:season:55/43', shirtNumber: r[3]}]->(t),
       (p)-[:PLAYED_IN {jerseyNumber: r[3], started: r[4], position: r[5]}]->(m);
MATCH (t:Team {teamId: 'T-39'}), (bra:Team {teamId: 'T-09'})
CREATE (p:Player {playerId: 'sb:11', name: 'Alex Meret'}), (p)-[:MEMBER_OF {tournamentId: 'statsbomb:season:55/43', shirtNumber: 1}]->(t),
       (j:Player {playerId: 'P-77', name: 'Jorginho', familyName: 'Jorginho'}), (j)-[:MEMBER_OF {tournamentId: 'WC-2014', shirtNumber: 6}]->(bra);
MATCH (m:Match {matchId: 'statsbomb:match:3788741'}), (t:Team {teamId: 'T-39'}), (off:Player {playerId: 'sb:6'}), (on:Player {playerId: 'sb:8'})
CREATE (o:Substitution {substitutionId: 'sb:e9/off', goingOff: true, comingOn: false, minute: 81, period: 2}),
       (i:Substitution {substitutionId: 'sb:e9/on', goingOff: false, comingOn: true, minute: 81, period: 2}),
       (o)-[:IN_MATCH]->(m), (o)-[:BY_PLAYER]->(off), (o)-[:FOR_TEAM]->(t), (i)-[:IN_MATCH]->(m), (i)-[:BY_PLAYER]->(on), (i)-[:FOR_TEAM]->(t);
UNWIND [['sb:g1', 'sb:10', 'T-39', true, 53], ['sb:g2', 'sb:6', 'T-39', false, 66], ['sb:g3', 'sb:7', 'T-39', false, 79]] AS g
MATCH (m:Match {matchId: 'statsbomb:match:3788741'}), (t:Team {teamId: g[2]}), (p:Player {playerId: g[1]})
CREATE (x:Goal {goalId: g[0], ownGoal: g[3], penalty: false, minute: g[4], period: 2}),
       (x)-[:IN_MATCH]->(m), (x)-[:BY_PLAYER]->(p), (x)-[:FOR_TEAM]->(t);
// The first two matches of the 1930 World Cup, kicked off together on 13 July: France 4-1 Mexico (Lucien Laurent scored at 19')
// and the United States 3-0 Belgium (Bart McGhee at 23'); only the first goal of each is written.
MATCH (wc30:Tournament {tournamentId: 'WC-1930'}), (usa:Team {teamId: 'T-83'})
CREATE (fra:Team {teamId: 'T-30', name: 'France'}), (mex:Team {teamId: 'T-45', name: 'Mexico'}), (bel:Team {teamId: 'T-07', name: 'Belgium'}),
       (m1:Match {matchId: 'M-1930-01', stage: 'group stage', date: '1930-07-13', time: '15:00', homeScore: 4, awayScore: 1, penaltyShootout: false}),
       (m1)-[:IN_TOURNAMENT]->(wc30), (m1)-[:HOME_TEAM]->(fra), (m1)-[:AWAY_TEAM]->(mex), (m1)-[:WINNER]->(fra),
       (laurent:Player {playerId: 'P-30-1', name: 'Lucien Laurent', givenName: 'Lucien', familyName: 'Laurent'}),
       (g1:Goal {goalId: 'G-30-1', ownGoal: false, penalty: false, minute: 19}), (g1)-[:IN_MATCH]->(m1), (g1)-[:BY_PLAYER]->(laurent),
       (g1)-[:FOR_TEAM]->(fra),
       (m2:Match {matchId: 'M-1930-02', stage: 'group stage', date: '1930-07-13', time: '15:00', homeScore: 3, awayScore: 0, penaltyShootout: false}),
       (m2)-[:IN_TOURNAMENT]->(wc30), (m2)-[:HOME_TEAM]->(usa), (m2)-[:AWAY_TEAM]->(bel), (m2)-[:WINNER]->(usa),
       (mcghee:Player {playerId: 'P-30-2', name: 'Bart McGhee', givenName: 'Bart', familyName: 'McGhee'}),
       (g2:Goal {goalId: 'G-30-2', ownGoal: false, penalty: false, minute: 23}), (g2)-[:IN_MATCH]->(m2), (g2)-[:BY_PLAYER]->(mcghee),
       (g2)-[:FOR_TEAM]->(usa);
