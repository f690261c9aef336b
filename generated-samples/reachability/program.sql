-- Reachability from a set of roots, with mutual recursion: nodes at an even and at an odd number of hops from a
-- root (a node can be both). Views outside the recursion read the recursive views like any other.
CREATE TABLE links (src INT NOT NULL, dst INT NOT NULL);
CREATE TABLE roots (node INT NOT NULL);

DECLARE RECURSIVE VIEW even_hops (root INT NOT NULL, node INT NOT NULL);
DECLARE RECURSIVE VIEW odd_hops (root INT NOT NULL, node INT NOT NULL);

CREATE VIEW even_hops AS
    SELECT node AS root, node FROM roots
    UNION
    SELECT o.root, l.dst FROM odd_hops o JOIN links l ON o.node = l.src;

CREATE VIEW odd_hops AS
    SELECT e.root, l.dst FROM even_hops e JOIN links l ON e.node = l.src;

CREATE MATERIALIZED VIEW reachable AS
    SELECT root, node FROM even_hops UNION SELECT root, node FROM odd_hops;

CREATE VIEW reach_counts AS SELECT root, COUNT(*) AS nodes FROM reachable GROUP BY root;

-- Link targets no root reaches.
CREATE VIEW unreached AS
    SELECT DISTINCT l.dst AS node FROM links l LEFT JOIN reachable r ON l.dst = r.node WHERE r.node IS NULL;
