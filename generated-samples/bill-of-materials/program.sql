-- Bill-of-materials explosion: every part a product needs, through any depth of sub-assemblies, and how many.
-- Recursive views are sets, so each row carries its path: two paths to the same part with the same quantity are
-- different rows, and the total below counts both.
CREATE TABLE assemblies (parent VARCHAR NOT NULL, child VARCHAR NOT NULL, quantity INT NOT NULL);

DECLARE RECURSIVE VIEW exploded (product VARCHAR NOT NULL, part VARCHAR NOT NULL, path VARCHAR NOT NULL, quantity BIGINT NOT NULL);

CREATE LOCAL VIEW exploded AS
    SELECT parent, child, parent || '/' || child, CAST(quantity AS BIGINT) FROM assemblies
    UNION
    SELECT e.product, a.child, e.path || '/' || a.child, e.quantity * a.quantity
    FROM exploded e JOIN assemblies a ON e.part = a.parent;

CREATE MATERIALIZED VIEW requirements AS
    SELECT product, part, SUM(quantity) AS total, COUNT(*) AS paths, MAX(CHAR_LENGTH(path)) AS longest_path
    FROM exploded GROUP BY product, part;

-- Parts that are never assembled from anything: what must be bought.
CREATE VIEW purchased AS
    SELECT product, part, total FROM requirements
    WHERE part NOT IN (SELECT parent FROM assemblies);
