-- Orders per region: a table and two views, compiled at build time into Shop.Sales.OrdersPipeline.
CREATE TABLE orders (
    id     BIGINT NOT NULL PRIMARY KEY,
    region VARCHAR(16) NOT NULL,
    amount DECIMAL(10, 2) NOT NULL,
    note   VARCHAR
);

CREATE MATERIALIZED VIEW revenue_by_region AS
    SELECT region, COUNT(*) AS orders, SUM(amount) AS revenue
    FROM orders
    GROUP BY region;

CREATE VIEW large_orders AS
    SELECT id, amount, note FROM orders WHERE amount >= 100;
