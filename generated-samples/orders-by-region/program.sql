-- Orders and customers: revenue per region over a join, with HAVING.
CREATE TABLE customers (
    id     BIGINT NOT NULL PRIMARY KEY,
    name   VARCHAR NOT NULL,
    region VARCHAR(16) NOT NULL
);

CREATE TABLE orders (
    id       BIGINT NOT NULL PRIMARY KEY,
    customer BIGINT NOT NULL,
    amount   DECIMAL(10, 2) NOT NULL,
    quantity INT NOT NULL
);

-- Revenue per region, only regions with more than two orders.
CREATE MATERIALIZED VIEW revenue_by_region AS
    SELECT c.region,
           COUNT(*) AS orders,
           SUM(o.amount) AS revenue,
           AVG(o.amount) AS average_order,
           MAX(o.amount) AS largest_order,
           COUNT(DISTINCT o.customer) AS buyers
    FROM orders o JOIN customers c ON o.customer = c.id
    GROUP BY c.region
    HAVING COUNT(*) > 2;

-- Units bought per customer (customers without orders do not appear).
CREATE VIEW units_per_customer AS
    SELECT c.id, c.name, SUM(o.quantity) AS units, MIN(o.amount) AS smallest_order
    FROM customers c, orders o
    WHERE o.customer = c.id
    GROUP BY c.id, c.name;
