-- Databases of the local stack, one per service plus consignado_test for library integration
-- tests. Run by the postgres image on its first start (docker-compose.yml mounts this file in
-- /docker-entrypoint-initdb.d). The native stack (infra/stack.mjs) creates the same list from
-- infra/databases.json; infra/test/compose.spec.ts fails when the two differ.
CREATE DATABASE consignado_proposal;
CREATE DATABASE consignado_credit_analysis;
CREATE DATABASE consignado_loan;
CREATE DATABASE consignado_averbation;
CREATE DATABASE consignado_payment;
CREATE DATABASE consignado_notification;
CREATE DATABASE consignado_dataprev;
CREATE DATABASE consignado_ctc;
CREATE DATABASE consignado_insurer;
CREATE DATABASE consignado_rail;
CREATE DATABASE consignado_identity;
CREATE DATABASE consignado_test;
