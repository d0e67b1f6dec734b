-- Run once by the postgres image on an empty data directory (mounted into /docker-entrypoint-initdb.d
-- by docker-compose.yml): the role the services log in with, and one database per service, owned by it.
-- The services apply their own migrations at start; the role may also create databases, as locally.
-- Local demo credentials only.
CREATE ROLE concord LOGIN CREATEDB PASSWORD 'concord';
CREATE DATABASE concord_identity OWNER concord;
CREATE DATABASE concord_bankgateway OWNER concord;
CREATE DATABASE concord_fiu OWNER concord;
CREATE DATABASE concord_agreements OWNER concord;
CREATE DATABASE concord_typology OWNER concord;
CREATE DATABASE concord_cases OWNER concord;
