-- Outer joins, DISTINCT and set operations over two product catalogs.
CREATE TABLE products (
    sku      VARCHAR(12) NOT NULL PRIMARY KEY,
    title    VARCHAR NOT NULL,
    category VARCHAR(20)
);

CREATE TABLE stock (
    sku       VARCHAR(12) NOT NULL,
    warehouse INT NOT NULL,
    units     INT NOT NULL
);

CREATE TABLE discontinued (
    sku VARCHAR(12) NOT NULL
);

-- Every product with its stock rows, and stock rows of unknown products.
CREATE VIEW product_stock AS
    SELECT p.sku AS product_sku, p.title, s.sku AS stock_sku, s.warehouse, s.units
    FROM products p FULL OUTER JOIN stock s ON p.sku = s.sku;

-- Products with no stock anywhere (LEFT JOIN ... IS NULL).
CREATE VIEW out_of_stock AS
    SELECT p.sku, p.title
    FROM products p LEFT JOIN stock s ON s.sku = p.sku
    WHERE s.sku IS NULL;

-- The distinct categories in use.
CREATE VIEW categories AS
    SELECT DISTINCT category FROM products WHERE category IS NOT NULL;

-- SKUs that are stocked but not discontinued, plus discontinued ones still in the catalog.
CREATE VIEW sellable AS
    SELECT sku FROM stock
    EXCEPT
    SELECT sku FROM discontinued
    UNION
    SELECT sku FROM products
    INTERSECT
    SELECT sku FROM discontinued;

-- Every stock and catalog SKU, with duplicates.
CREATE VIEW all_skus AS
    SELECT sku FROM products UNION ALL SELECT sku FROM stock;
