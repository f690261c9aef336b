-- Decorrelated subqueries: EXISTS, NOT EXISTS, IN, NOT IN and scalar subqueries, correlated and not.
CREATE TABLE employees (
    id         INT NOT NULL PRIMARY KEY,
    name       VARCHAR NOT NULL,
    department INT NOT NULL,
    salary     BIGINT NOT NULL,
    manager    INT
);

CREATE TABLE departments (
    id     INT NOT NULL PRIMARY KEY,
    name   VARCHAR NOT NULL,
    head   INT,
    budget BIGINT
);

-- Departments that have at least one employee (correlated EXISTS → semi-join).
CREATE VIEW staffed_departments AS
    SELECT d.id, d.name FROM departments d
    WHERE EXISTS (SELECT 1 FROM employees e WHERE e.department = d.id);

-- Departments without employees (NOT EXISTS → anti-join).
CREATE VIEW empty_departments AS
    SELECT d.id, d.name FROM departments d
    WHERE NOT EXISTS (SELECT 1 FROM employees e WHERE e.department = d.id);

-- Employees who manage somebody (IN subquery).
CREATE VIEW managers AS
    SELECT id, name FROM employees WHERE id IN (SELECT manager FROM employees);

-- Employees who head no department with a budget (NOT IN: one NULL head among those would empty the view).
CREATE VIEW not_heads AS
    SELECT e.id, e.name FROM employees e
    WHERE e.id NOT IN (SELECT d.head FROM departments d WHERE d.budget IS NOT NULL);

-- Employees paid above their department's average (correlated scalar subquery).
CREATE VIEW above_average AS
    SELECT e.id, e.name, e.salary,
           (SELECT AVG(x.salary) FROM employees x WHERE x.department = e.department) AS department_average
    FROM employees e
    WHERE e.salary > (SELECT AVG(x.salary) FROM employees x WHERE x.department = e.department);

-- The share of the payroll of each department (uncorrelated scalar subquery).
CREATE VIEW payroll_share AS
    SELECT e.department, SUM(e.salary) * 100 / (SELECT SUM(salary) FROM employees) AS percent
    FROM employees e
    GROUP BY e.department;
