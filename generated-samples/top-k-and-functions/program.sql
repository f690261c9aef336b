-- Top-K (ORDER BY ... LIMIT) and scalar functions: CASE, COALESCE, NULLIF, strings, dates.
CREATE TABLE tickets (
    id       BIGINT NOT NULL PRIMARY KEY,
    title    VARCHAR,
    reporter VARCHAR(40),
    priority INT,
    opened   DATE NOT NULL,
    closed   DATE,
    created  TIMESTAMP NOT NULL
);

-- The five oldest open tickets.
CREATE VIEW oldest_open AS
    SELECT id, title, opened FROM tickets
    WHERE closed IS NULL
    ORDER BY opened, id
    LIMIT 5;

-- The ten most urgent tickets after the first (a missing priority counts as 0).
CREATE VIEW most_urgent AS
    SELECT id, COALESCE(priority, 0) AS priority, UPPER(title) AS title
    FROM tickets
    ORDER BY COALESCE(priority, 0) DESC, id
    LIMIT 10 OFFSET 1;

-- One row per ticket with derived columns.
CREATE VIEW ticket_report AS
    SELECT id,
           CASE WHEN priority >= 3 THEN 'high'
                WHEN priority >= 1 THEN 'normal'
                ELSE 'low' END AS level,
           CASE priority WHEN 1 THEN 'P1' WHEN 2 THEN 'P2' ELSE 'P' || CAST(COALESCE(priority, 9) AS VARCHAR) END AS label,
           COALESCE(reporter, 'anonymous') AS reporter,
           NULLIF(TRIM(title), '') AS trimmed_title,
           CHAR_LENGTH(title) AS title_length,
           LOWER(SUBSTRING(title FROM 1 FOR 8)) AS short_title,
           POSITION('bug' IN LOWER(title)) > 0 AS mentions_bug,
           title LIKE '%crash%' AS is_crash,
           EXTRACT(YEAR FROM opened) AS opened_year,
           closed - opened AS days_open,
           opened + INTERVAL '30' DAY AS due,
           CAST(created AS DATE) AS created_day
    FROM tickets;
