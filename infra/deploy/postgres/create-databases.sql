-- A database per subgraph on the one PostgreSQL of a single host (run once, on an empty volume).
CREATE DATABASE identity;
CREATE DATABASE devices;
CREATE DATABASE service_orders;
CREATE DATABASE meter_readings;
CREATE DATABASE toner;
CREATE DATABASE knowledge;
