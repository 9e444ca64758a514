// Added to stranger-graph.cypher, tables-extra.cypher, session13-extra.cypher and session14-extra.cypher for StrangerNineClassesTest
// (session 15): the 2018 World Cup hosted by Russia with Spain 1-1 Russia (Russia won the shoot-out) and Portugal 3-3 Spain (de Gea
// in goal, a StatsBomb line-up entry), the World Cup data's "Camp Nou", and La Liga 2018/19's Barcelona 2-2 Girona as the StatsBomb
// ingest writes it (at "Spotify Camp Nou", Stuani's two goals, Lenglet sent off, each side's manager). Real teams, players and
// scores; a slice of each line-up.
MATCH (wcm:Competition {competitionId: 'FIFA-WC-men'}), (por:Team {teamId: 'T-60'})
CREATE (wc18:Tournament {tournamentId: 'WC-2018', name: '2018 FIFA Men\'s World Cup', year: 2018, gender: 'men', countTeams: 32}),
       (wc18)-[:IN_COMPETITION]->(wcm),
       (rus:Team {teamId: 'T-62', name: 'Russia'}), (esp:Team {teamId: 'T-65', name: 'Spain'}), (rus)-[:HOSTED]->(wc18),
       (rus)-[:QUALIFIED_FOR {performance: 'quarter-final'}]->(wc18), (esp)-[:QUALIFIED_FOR {performance: 'round of 16'}]->(wc18),
       (por)-[:QUALIFIED_FOR {performance: 'round of 16'}]->(wc18),
       (r16:Match {matchId: 'M-2018-52', stage: 'round of 16', date: '2018-07-01', homeScore: 1, awayScore: 1, penaltyShootout: true,
                   homePenalties: 3, awayPenalties: 4}),
       (r16)-[:IN_TOURNAMENT]->(wc18), (r16)-[:HOME_TEAM]->(esp), (r16)-[:AWAY_TEAM]->(rus), (r16)-[:WINNER]->(rus),
       (esp)-[:PARTICIPATED_IN {goalsFor: 1, goalsAgainst: 1, result: 'lose', penaltyShootout: true}]->(r16),
       (rus)-[:PARTICIPATED_IN {goalsFor: 1, goalsAgainst: 1, result: 'win', penaltyShootout: true}]->(r16),
       (g18:Match {matchId: 'M-2018-04', stage: 'group stage', date: '2018-06-15', homeScore: 3, awayScore: 3, penaltyShootout: false}),
       (g18)-[:IN_TOURNAMENT]->(wc18), (g18)-[:HOME_TEAM]->(por), (g18)-[:AWAY_TEAM]->(esp),
       (por)-[:PARTICIPATED_IN {goalsFor: 3, goalsAgainst: 3, result: 'draw', penaltyShootout: false}]->(g18),
       (esp)-[:PARTICIPATED_IN {goalsFor: 3, goalsAgainst: 3, result: 'draw', penaltyShootout: false}]->(g18),
       (degea:Player {playerId: 'P-2018-1', name: 'David de Gea', givenName: 'David', familyName: 'de Gea'}),
       (degea)-[:MEMBER_OF {tournamentId: 'WC-2018', shirtNumber: 1}]->(esp),
       (degea)-[:PLAYED_IN {jerseyNumber: 1, started: true, position: 'Goalkeeper'}]->(g18),
       (:Stadium {stadiumId: 'S-182', name: 'Camp Nou', city: 'Barcelona'}),
       (ll:Competition {competitionId: 'statsbomb:competition:11', name: 'La Liga'}),
       (ll18:Tournament {tournamentId: 'statsbomb:season:11/4', name: 'La Liga 2018/2019', year: 2018, season: '2018/19'}),
       (ll18)-[:IN_COMPETITION]->(ll),
       (bar:Team {teamId: 'statsbomb:team:217', name: 'Barcelona'}), (gir:Team {teamId: 'statsbomb:team:956', name: 'Girona'}),
       (spot:Stadium {stadiumId: 'statsbomb:stadium:342', name: 'Spotify Camp Nou'}),
       (bg:Match {matchId: 'statsbomb:match:15986', stage: 'regular season', date: '2018-09-23', homeScore: 2, awayScore: 2,
                  penaltyShootout: false}),
       (bg)-[:IN_TOURNAMENT]->(ll18), (bg)-[:HOME_TEAM]->(bar), (bg)-[:AWAY_TEAM]->(gir), (bg)-[:PLAYED_AT]->(spot),
       (bar)-[:PARTICIPATED_IN {goalsFor: 2, goalsAgainst: 2, result: 'draw'}]->(bg),
       (gir)-[:PARTICIPATED_IN {goalsFor: 2, goalsAgainst: 2, result: 'draw'}]->(bg),
       (valverde:Manager {managerId: 'statsbomb:manager:1', name: 'Ernesto Valverde'}),
       (eusebio:Manager {managerId: 'statsbomb:manager:2', name: 'Eusebio Sacristán'}),
       (valverde)-[:MANAGED {tournamentId: 'statsbomb:season:11/4'}]->(bar), (eusebio)-[:MANAGED {tournamentId: 'statsbomb:season:11/4'}]->(gir),
       (stuani:Player {playerId: 'sb:p1', name: 'Cristhian Stuani', givenName: 'Cristhian', familyName: 'Stuani'}), (lenglet:Player {playerId: 'sb:p2', name: 'Clément Lenglet', givenName: 'Clément', familyName: 'Lenglet'}),
       (stuani)-[:MEMBER_OF {tournamentId: 'statsbomb:season:11/4'}]->(gir), (lenglet)-[:MEMBER_OF {tournamentId: 'statsbomb:season:11/4'}]->(bar),
       (stuani)-[:PLAYED_IN {started: true, position: 'Center Forward'}]->(bg), (lenglet)-[:PLAYED_IN {started: true, position: 'Left Center Back'}]->(bg),
       (s1:Goal {goalId: 'sb:bg1', ownGoal: false, penalty: false, minute: 45, period: 1}), (s1)-[:IN_MATCH]->(bg), (s1)-[:BY_PLAYER]->(stuani), (s1)-[:FOR_TEAM]->(gir),
       (s2:Goal {goalId: 'sb:bg2', ownGoal: false, penalty: false, minute: 51, period: 2}), (s2)-[:IN_MATCH]->(bg), (s2)-[:BY_PLAYER]->(stuani), (s2)-[:FOR_TEAM]->(gir),
       (red:Booking {bookingId: 'sb:bgr', sendingOff: true, yellowCard: false, redCard: true, minute: 35}), (red)-[:IN_MATCH]->(bg),
       (red)-[:BY_PLAYER]->(lenglet), (red)-[:FOR_TEAM]->(bar);
// The matchday of one league match, as the openfootball ingest writes a round ("matchday 15").
MATCH (m:Match {matchId: 'pl-chelsea-arsenal'}) SET m.stage = 'matchday 15';
