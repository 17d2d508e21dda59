-- Logins for the three roles (local-development passwords, documented in the README; change them for real use).
-- The migrations grant each role its rights; this file only creates the logins and the database owner.
CREATE ROLE contractintel_owner LOGIN CREATEROLE PASSWORD 'contractintel-owner-dev';
CREATE ROLE contractintel_worker LOGIN PASSWORD 'contractintel-worker-dev';
CREATE ROLE contractintel_auditor LOGIN PASSWORD 'contractintel-auditor-dev';
CREATE DATABASE contractintel OWNER contractintel_owner;
