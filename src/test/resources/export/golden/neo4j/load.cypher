// A newskg graph for Neo4j 5. Two ways to load it:
// 1. Bulk import into a new, stopped database (quoted fields may hold line breaks):
//    neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv --multiline-fields=true neo4j
// 2. Into a running database: copy nodes.csv and relationships.csv into Neo4j's import folder, then
//    cypher-shell -u neo4j -p PASSWORD -f load.cypher

CREATE CONSTRAINT newskg_id IF NOT EXISTS FOR (n:NewsKG) REQUIRE n.id IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.`:LABEL` = 'NewsKG;Article;NewsArticle'
MERGE (n:NewsKG {id: row.`id:ID`})
SET n:Article:NewsArticle, n += {name: row.name, kind: row.kind, type: row.type, iri: row.iri, link: row.link, mentions: toInteger(row.`mentions:int`), articles: toInteger(row.`articles:int`), firstDate: date(row.`firstDate:date`), lastDate: date(row.`lastDate:date`), facts: row.facts};

LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.`:LABEL` = 'NewsKG;Entity;City'
MERGE (n:NewsKG {id: row.`id:ID`})
SET n:Entity:City, n += {name: row.name, kind: row.kind, type: row.type, iri: row.iri, link: row.link, mentions: toInteger(row.`mentions:int`), articles: toInteger(row.`articles:int`), firstDate: date(row.`firstDate:date`), lastDate: date(row.`lastDate:date`), facts: row.facts};

LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.`:LABEL` = 'NewsKG;Entity;Country'
MERGE (n:NewsKG {id: row.`id:ID`})
SET n:Entity:Country, n += {name: row.name, kind: row.kind, type: row.type, iri: row.iri, link: row.link, mentions: toInteger(row.`mentions:int`), articles: toInteger(row.`articles:int`), firstDate: date(row.`firstDate:date`), lastDate: date(row.`lastDate:date`), facts: row.facts};

LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.`:LABEL` = 'NewsKG;Entity;Organization'
MERGE (n:NewsKG {id: row.`id:ID`})
SET n:Entity:Organization, n += {name: row.name, kind: row.kind, type: row.type, iri: row.iri, link: row.link, mentions: toInteger(row.`mentions:int`), articles: toInteger(row.`articles:int`), firstDate: date(row.`firstDate:date`), lastDate: date(row.`lastDate:date`), facts: row.facts};

LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.`:LABEL` = 'NewsKG;Entity;Person'
MERGE (n:NewsKG {id: row.`id:ID`})
SET n:Entity:Person, n += {name: row.name, kind: row.kind, type: row.type, iri: row.iri, link: row.link, mentions: toInteger(row.`mentions:int`), articles: toInteger(row.`articles:int`), firstDate: date(row.`firstDate:date`), lastDate: date(row.`lastDate:date`), facts: row.facts};

LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.`:LABEL` = 'NewsKG;Event;Protest'
MERGE (n:NewsKG {id: row.`id:ID`})
SET n:Event:Protest, n += {name: row.name, kind: row.kind, type: row.type, iri: row.iri, link: row.link, mentions: toInteger(row.`mentions:int`), articles: toInteger(row.`articles:int`), firstDate: date(row.`firstDate:date`), lastDate: date(row.`lastDate:date`), facts: row.facts};

LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.`:LABEL` = 'NewsKG;Quote;Quotation'
MERGE (n:NewsKG {id: row.`id:ID`})
SET n:Quote:Quotation, n += {name: row.name, kind: row.kind, type: row.type, iri: row.iri, link: row.link, mentions: toInteger(row.`mentions:int`), articles: toInteger(row.`articles:int`), firstDate: date(row.`firstDate:date`), lastDate: date(row.`lastDate:date`), facts: row.facts};

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'COLLEAGUE'
MATCH (a:NewsKG {id: row.`:START_ID`}), (b:NewsKG {id: row.`:END_ID`})
MERGE (a)-[r:COLLEAGUE {id: row.id}]->(b)
SET r += {label: row.label, weight: toFloat(row.`weight:double`), articles: toInteger(row.`articles:int`), confidence: toFloat(row.`confidence:double`), firstDate: date(row.`firstDate:date`), lastDate: date(row.`lastDate:date`), evidence: row.evidence};

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'CONTAINED_IN_PLACE'
MATCH (a:NewsKG {id: row.`:START_ID`}), (b:NewsKG {id: row.`:END_ID`})
MERGE (a)-[r:CONTAINED_IN_PLACE {id: row.id}]->(b)
SET r += {label: row.label, weight: toFloat(row.`weight:double`), articles: toInteger(row.`articles:int`), confidence: toFloat(row.`confidence:double`), firstDate: date(row.`firstDate:date`), lastDate: date(row.`lastDate:date`), evidence: row.evidence};

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'LEADER_OF'
MATCH (a:NewsKG {id: row.`:START_ID`}), (b:NewsKG {id: row.`:END_ID`})
MERGE (a)-[r:LEADER_OF {id: row.id}]->(b)
SET r += {label: row.label, weight: toFloat(row.`weight:double`), articles: toInteger(row.`articles:int`), confidence: toFloat(row.`confidence:double`), firstDate: date(row.`firstDate:date`), lastDate: date(row.`lastDate:date`), evidence: row.evidence};

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'LOCATION'
MATCH (a:NewsKG {id: row.`:START_ID`}), (b:NewsKG {id: row.`:END_ID`})
MERGE (a)-[r:LOCATION {id: row.id}]->(b)
SET r += {label: row.label, weight: toFloat(row.`weight:double`), articles: toInteger(row.`articles:int`), confidence: toFloat(row.`confidence:double`), firstDate: date(row.`firstDate:date`), lastDate: date(row.`lastDate:date`), evidence: row.evidence};

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'MENTIONS'
MATCH (a:NewsKG {id: row.`:START_ID`}), (b:NewsKG {id: row.`:END_ID`})
MERGE (a)-[r:MENTIONS {id: row.id}]->(b)
SET r += {label: row.label, weight: toFloat(row.`weight:double`), articles: toInteger(row.`articles:int`), confidence: toFloat(row.`confidence:double`), firstDate: date(row.`firstDate:date`), lastDate: date(row.`lastDate:date`), evidence: row.evidence};

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'SAID'
MATCH (a:NewsKG {id: row.`:START_ID`}), (b:NewsKG {id: row.`:END_ID`})
MERGE (a)-[r:SAID {id: row.id}]->(b)
SET r += {label: row.label, weight: toFloat(row.`weight:double`), articles: toInteger(row.`articles:int`), confidence: toFloat(row.`confidence:double`), firstDate: date(row.`firstDate:date`), lastDate: date(row.`lastDate:date`), evidence: row.evidence};
