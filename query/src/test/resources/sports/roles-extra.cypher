// Added to stranger-graph.cypher and risky-readings-extra.cypher for RolesAndReadingsTest (session 10): the countries of a
// referee and of managers, squad positions (a keeper of the 2014 hosts, Brazil), an award, and a 2022 World Cup hosted by Qatar. Invented squads and placings
// beside real names; the countries are the real ones.
MATCH (riz:Referee {refereeId: 'R-1'}), (low:Manager {managerId: 'M-1'}), (sca:Manager {managerId: 'M-2'}),
      (ger:Team {teamId: 'T-29'}), (arg:Team {teamId: 'T-03'}), (gotze:Player {playerId: 'P-1'}), (muller:Player {playerId: 'P-2'}),
      (gotze)-[g:MEMBER_OF]->(ger), (muller)-[m:MEMBER_OF]->(ger), (wcm:Competition {competitionId: 'FIFA-WC-men'}), (bra:Team {teamId: 'T-09'})
SET riz.country = 'Italy', low.country = 'Germany', sca.country = 'Brazil', g.position = 'forward', m.position = 'midfielder'
CREATE (neuer:Player {playerId: 'P-30', name: 'Manuel Neuer', givenName: 'Manuel', familyName: 'Neuer'}),
       (weid:Player {playerId: 'P-31', name: 'Roman Weidenfeller', givenName: 'Roman', familyName: 'Weidenfeller'}),
       (messi:Player {playerId: 'P-32', name: 'Lionel Messi', givenName: 'Lionel', familyName: 'Messi'}),
       (neuer)-[:MEMBER_OF {tournamentId: 'WC-2014', shirtNumber: 1, position: 'goal keeper'}]->(ger),
       (weid)-[:MEMBER_OF {tournamentId: 'WC-2014', shirtNumber: 22, position: 'goal keeper'}]->(ger),
       (messi)-[:MEMBER_OF {tournamentId: 'WC-2014', shirtNumber: 10, position: 'forward'}]->(arg),
       (julio:Player {playerId: 'P-33', name: 'Júlio César', givenName: 'Júlio', familyName: 'César'}),
       (julio)-[:MEMBER_OF {tournamentId: 'WC-2014', shirtNumber: 12, position: 'goal keeper'}]->(bra),
       (ball:Award {awardId: 'A-1', name: 'Golden Ball'}), (messi)-[:WON_AWARD {tournamentId: 'WC-2014', shared: false}]->(ball),
       (wc22:Tournament {tournamentId: 'WC-2022', name: '2022 FIFA Men\'s World Cup', year: 2022, gender: 'men', countTeams: 32}),
       (wc22)-[:IN_COMPETITION]->(wcm), (qat:Team {teamId: 'T-58', name: 'Qatar'}), (fra:Team {teamId: 'T-30', name: 'France'}),
       (qat)-[:HOSTED]->(wc22), (arg)-[:FINISHED {position: 1}]->(wc22), (fra)-[:FINISHED {position: 2}]->(wc22),
       (messi)-[:WON_AWARD {tournamentId: 'WC-2022', shared: false}]->(ball);
