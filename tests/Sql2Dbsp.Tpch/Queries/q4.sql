-- Q4, order priority checking (DATE = 1993-07-01)
create view q4 (o_orderpriority, order_count) as
select o_orderpriority, count(*)
from orders
where o_orderdate >= date '1993-07-01'
  and o_orderdate < date '1993-07-01' + interval '3' month
  and exists (select * from lineitem where l_orderkey = o_orderkey and l_commitdate < l_receiptdate)
group by o_orderpriority
order by o_orderpriority;
