-- Baseline of the Switchyard schema. Each feature keeps its migrations in db/migration/<feature>/
-- and versions them by date (V<yyyy>.<mm>.<dd>.<n>) so that features never take each other's numbers.
COMMENT ON SCHEMA public IS 'Switchyard: managed by Flyway, migrations per feature under db/migration/<feature>/';
