-- A database per subgraph (and the gateway's) on the one PostgreSQL of a single host (run once, on an empty volume).
CREATE DATABASE identity;
CREATE DATABASE devices;
CREATE DATABASE service_orders;
CREATE DATABASE meter_readings;
CREATE DATABASE toner;
CREATE DATABASE knowledge;
-- The gateway's own: its fair-use counters, shared by every gateway replica.
CREATE DATABASE gateway;
