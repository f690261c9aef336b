-- Transitive closure: every pair (src, dst) joined by a path of one or more edges, maintained incrementally as
-- edges come and go (a recursive view: a nested circuit iterated to its fixed point within each step).
CREATE TABLE edges (src INT NOT NULL, dst INT NOT NULL);

DECLARE RECURSIVE VIEW closure (src INT NOT NULL, dst INT NOT NULL);

CREATE VIEW closure AS
    SELECT src, dst FROM edges
    UNION
    SELECT closure.src, edges.dst FROM closure JOIN edges ON closure.dst = edges.src;

-- Outside the recursion: node pairs that reach each other (strongly connected), and nodes on a cycle.
CREATE VIEW mutually_reachable AS
    SELECT a.src AS node, a.dst AS other FROM closure a JOIN closure b ON a.src = b.dst AND a.dst = b.src
    WHERE a.src < a.dst;

CREATE VIEW on_a_cycle AS SELECT DISTINCT src AS node FROM closure WHERE src = dst;
