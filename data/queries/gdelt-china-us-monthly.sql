-- China-US events per month and track from the whole GDELT 2.0 event table, as `npm run ingest` computes them
-- from downloaded files (same columns: month, track, events, QuadClass counts).
--
-- BigQuery: run as is (the table `gdelt-bq.gdeltv2.events` is public; it scans about 10 columns).
-- DuckDB: the test (src/lib/eventdata/query.test.ts) replaces the one table name below with a view over the
-- export files; nothing else changes. Portable SQL only: CASE, IN, SUBSTR, CAST, MOD, FLOOR, GROUP BY.
--
-- The rules (src/lib/eventdata/classify.ts, shown to users in the chart's notes):
-- * kept: Actor1CountryCode and Actor2CountryCode are CHN and USA, in either order;
-- * a side is official if any of its type codes is GOV, JUD, LEG, COP, SPY, MIL; else civil if any is CVL, BUS,
--   EDU, MED, NGO, NGM, LAB, HLH, ENV, AGR, HRI, DEV, REF; else untyped;
-- * an event is official if either side is official, civil if either side is civil, else untyped;
-- * the date must be a YYYYMMDD day between 1900 and 2099 (the TypeScript reader also rejects impossible days
--   such as 20230230, which BigQuery's typed SQLDATE never holds).
WITH dyads AS (
  SELECT
    SQLDATE,
    QuadClass,
    CASE
      WHEN Actor1Type1Code IN ('GOV', 'JUD', 'LEG', 'COP', 'SPY', 'MIL')
        OR Actor1Type2Code IN ('GOV', 'JUD', 'LEG', 'COP', 'SPY', 'MIL')
        OR Actor1Type3Code IN ('GOV', 'JUD', 'LEG', 'COP', 'SPY', 'MIL') THEN 'official'
      WHEN Actor1Type1Code IN ('CVL', 'BUS', 'EDU', 'MED', 'NGO', 'NGM', 'LAB', 'HLH', 'ENV', 'AGR', 'HRI', 'DEV', 'REF')
        OR Actor1Type2Code IN ('CVL', 'BUS', 'EDU', 'MED', 'NGO', 'NGM', 'LAB', 'HLH', 'ENV', 'AGR', 'HRI', 'DEV', 'REF')
        OR Actor1Type3Code IN ('CVL', 'BUS', 'EDU', 'MED', 'NGO', 'NGM', 'LAB', 'HLH', 'ENV', 'AGR', 'HRI', 'DEV', 'REF') THEN 'civil'
      ELSE 'untyped'
    END AS side1,
    CASE
      WHEN Actor2Type1Code IN ('GOV', 'JUD', 'LEG', 'COP', 'SPY', 'MIL')
        OR Actor2Type2Code IN ('GOV', 'JUD', 'LEG', 'COP', 'SPY', 'MIL')
        OR Actor2Type3Code IN ('GOV', 'JUD', 'LEG', 'COP', 'SPY', 'MIL') THEN 'official'
      WHEN Actor2Type1Code IN ('CVL', 'BUS', 'EDU', 'MED', 'NGO', 'NGM', 'LAB', 'HLH', 'ENV', 'AGR', 'HRI', 'DEV', 'REF')
        OR Actor2Type2Code IN ('CVL', 'BUS', 'EDU', 'MED', 'NGO', 'NGM', 'LAB', 'HLH', 'ENV', 'AGR', 'HRI', 'DEV', 'REF')
        OR Actor2Type3Code IN ('CVL', 'BUS', 'EDU', 'MED', 'NGO', 'NGM', 'LAB', 'HLH', 'ENV', 'AGR', 'HRI', 'DEV', 'REF') THEN 'civil'
      ELSE 'untyped'
    END AS side2
  FROM `gdelt-bq.gdeltv2.events`
  WHERE ((Actor1CountryCode = 'CHN' AND Actor2CountryCode = 'USA')
      OR (Actor1CountryCode = 'USA' AND Actor2CountryCode = 'CHN'))
    AND SQLDATE BETWEEN 19000101 AND 20991231
    AND MOD(SQLDATE, 100) BETWEEN 1 AND 31
    AND MOD(CAST(FLOOR(SQLDATE / 100) AS INT64), 100) BETWEEN 1 AND 12
),
tracked AS (
  SELECT
    CONCAT(SUBSTR(CAST(SQLDATE AS STRING), 1, 4), '-', SUBSTR(CAST(SQLDATE AS STRING), 5, 2)) AS month,
    CASE
      WHEN side1 = 'official' OR side2 = 'official' THEN 'official'
      WHEN side1 = 'civil' OR side2 = 'civil' THEN 'civil'
      ELSE 'untyped'
    END AS track,
    QuadClass
  FROM dyads
)
SELECT
  month,
  track,
  COUNT(*) AS events,
  SUM(CASE WHEN QuadClass = 1 THEN 1 ELSE 0 END) AS verbal_cooperation,
  SUM(CASE WHEN QuadClass = 2 THEN 1 ELSE 0 END) AS material_cooperation,
  SUM(CASE WHEN QuadClass = 3 THEN 1 ELSE 0 END) AS verbal_conflict,
  SUM(CASE WHEN QuadClass = 4 THEN 1 ELSE 0 END) AS material_conflict,
  SUM(CASE WHEN QuadClass IS NULL OR QuadClass NOT IN (1, 2, 3, 4) THEN 1 ELSE 0 END) AS no_quad_class
FROM tracked
GROUP BY month, track
ORDER BY month, CASE track WHEN 'official' THEN 1 WHEN 'civil' THEN 2 ELSE 3 END
