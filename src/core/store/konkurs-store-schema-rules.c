/* konkurs-store-schema-rules.c — the migrations of issue 9 that date the
 * rules and teach the eligibility engine: rule sets in force per scope
 * (version 9) and what the engine must know to judge on the competition
 * date (version 10).  Apart from konkurs-store-schema.c so that each stays
 * under 1,000 lines; it follows that file's conventions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-store-chain-private.h"
#include "konkurs-store-private.h"

/* Version 9: rule sets are dated per scope and name the order they come
 * from; competitions have a scope.
 *  - rule_set_validity: the dates a rule set covers a scope (general or
 *    internal competition, Youth Reserve), valid_until NULL for no end.
 *    Each rule set of before covers every scope from its valid_from until
 *    the day before the next one's, as the latest valid_from used to win;
 *  - the seeded kz-2023 is Order No. 40; Order No. 196 of 8 December 2025
 *    replaces it for internal competitions from 1 January 2026 and for
 *    general ones from 1 April 2026, with the same values, procedure names
 *    and sectors (copied, not typed again); the Youth Reserve stays under
 *    Order No. 40;
 *  - competition.scope: 'general' or 'internal' (a Youth Reserve
 *    selection's scope follows from its procedure).  Competitions keep
 *    their rule set;
 *  - the record follows rule sets, and a competition's values now hold
 *    its scope: a baseline entry for every rule set and competition. */
#define MIGRATION_9_DATE(column) "CHECK (date(" column ", '+0 days') IS " column ")"

const char konkurs_store_migration_rule_set_validity[] =
  "ALTER TABLE rule_set ADD COLUMN source_kk TEXT NOT NULL DEFAULT '';\n"
  "ALTER TABLE rule_set ADD COLUMN source_ru TEXT NOT NULL DEFAULT '';\n"
  "CREATE TABLE rule_set_validity (\n"
  "  rule_set_id INTEGER NOT NULL REFERENCES rule_set (id) ON DELETE CASCADE,\n"
  "  scope       TEXT NOT NULL CHECK (scope IN ('general', 'internal', 'youth-reserve')),\n"
  "  valid_from  TEXT NOT NULL " MIGRATION_9_DATE ("valid_from") ",\n"
  "  valid_until TEXT " MIGRATION_9_DATE ("valid_until") ",\n"
  "  CHECK (valid_until IS NULL OR valid_until >= valid_from),\n"
  "  PRIMARY KEY (rule_set_id, scope)\n"
  ") WITHOUT ROWID;\n"
  "CREATE INDEX rule_set_validity_scope ON rule_set_validity (scope, valid_from);\n"
  "INSERT INTO rule_set_validity (rule_set_id, scope, valid_from, valid_until)\n"
  "  SELECT r.id, s.scope, r.valid_from,\n"
  "         (SELECT date (min (n.valid_from), '-1 day') FROM rule_set n\n"
  "          WHERE n.valid_from > r.valid_from)\n"
  "  FROM rule_set r,\n"
  "       (SELECT 'general' AS scope UNION ALL SELECT 'internal' UNION ALL SELECT 'youth-reserve') s;\n"
  "UPDATE rule_set\n"
  "  SET name_kk = '«Б» корпусының әкімшілік мемлекеттік лауазымына орналасуға конкурс өткізу қағидалары "
  "(№ 40 бұйрық)',\n"
  "      name_ru = 'Правила проведения конкурса на занятие административной государственной должности "
  "корпуса «Б» (приказ № 40)',\n"
  "      source_kk = 'Қазақстан Республикасы Мемлекеттік қызмет істері және сыбайлас жемқорлыққа қарсы "
  "іс-қимыл агенттігі Төрағасының 2017 жылғы 21 ақпандағы № 40 бұйрығы',\n"
  "      source_ru = 'Приказ Председателя Агентства Республики Казахстан по делам государственной службы "
  "и противодействию коррупции от 21 февраля 2017 года № 40'\n"
  "  WHERE code = 'kz-2023' AND name_ru = 'Правила проведения конкурса (редакция 2023 года)';\n"
  "UPDATE rule_set_validity\n"
  "  SET valid_until = CASE scope WHEN 'general' THEN '2026-03-31' ELSE '2025-12-31' END\n"
  "  WHERE scope IN ('general', 'internal') AND valid_until IS NULL\n"
  "    AND rule_set_id = (SELECT id FROM rule_set WHERE code = 'kz-2023')\n"
  "    AND valid_from <= '2025-12-31';\n"
  "INSERT INTO rule_set (code, name_kk, name_ru, source_kk, source_ru, valid_from)\n"
  "  SELECT 'order-196',\n"
  "         'Әкімшілік мемлекеттік лауазымға орналасуға конкурс өткізу қағидалары (№ 196 бұйрық)',\n"
  "         'Правила проведения конкурса на занятие административной государственной должности "
  "(приказ № 196)',\n"
  "         'Қазақстан Республикасы Мемлекеттік қызмет істері агенттігі Төрағасының "
  "2025 жылғы 8 желтоқсандағы № 196 бұйрығы',\n"
  "         'Приказ Председателя Агентства Республики Казахстан по делам государственной службы "
  "от 8 декабря 2025 года № 196',\n"
  "         '2026-01-01'\n"
  "  WHERE EXISTS (SELECT 1 FROM rule_set WHERE code = 'kz-2023')\n"
  "    AND NOT EXISTS (SELECT 1 FROM rule_set WHERE code = 'order-196');\n"
  "INSERT INTO rule_value (rule_set_id, key, value)\n"
  "  SELECT n.id, v.key, v.value FROM rule_value v, rule_set o, rule_set n\n"
  "  WHERE v.rule_set_id = o.id AND o.code = 'kz-2023' AND n.code = 'order-196'\n"
  "    AND NOT EXISTS (SELECT 1 FROM rule_value e WHERE e.rule_set_id = n.id);\n"
  "INSERT INTO rule_set_procedure (rule_set_id, procedure, name_kk, name_ru)\n"
  "  SELECT n.id, p.procedure, p.name_kk, p.name_ru FROM rule_set_procedure p, rule_set o, rule_set n\n"
  "  WHERE p.rule_set_id = o.id AND o.code = 'kz-2023' AND n.code = 'order-196'\n"
  "    AND NOT EXISTS (SELECT 1 FROM rule_set_procedure e WHERE e.rule_set_id = n.id);\n"
  "INSERT INTO rule_set_sector (rule_set_id, code, ordinal, name_kk, name_ru)\n"
  "  SELECT n.id, s.code, s.ordinal, s.name_kk, s.name_ru FROM rule_set_sector s, rule_set o, rule_set n\n"
  "  WHERE s.rule_set_id = o.id AND o.code = 'kz-2023' AND n.code = 'order-196' AND s.ordinal < 100\n"
  "    AND NOT EXISTS (SELECT 1 FROM rule_set_sector e WHERE e.rule_set_id = n.id);\n"
  /* Order No. 196 takes a scope only where no other rule set covers its
   * dates (a database may hold rule sets of its own). */
  "INSERT INTO rule_set_validity (rule_set_id, scope, valid_from, valid_until)\n"
  "  SELECT n.id, s.scope, s.valid_from, NULL FROM rule_set n,\n"
  "         (SELECT 'general' AS scope, '2026-04-01' AS valid_from\n"
  "          UNION ALL SELECT 'internal', '2026-01-01') s\n"
  "  WHERE n.code = 'order-196' AND NOT EXISTS (\n"
  "    SELECT 1 FROM rule_set_validity e WHERE e.scope = s.scope AND e.rule_set_id <> n.id\n"
  "      AND (e.valid_until IS NULL OR e.valid_until >= s.valid_from))\n"
  "    AND NOT EXISTS (SELECT 1 FROM rule_set_validity e WHERE e.rule_set_id = n.id);\n"
  "ALTER TABLE competition ADD COLUMN scope TEXT NOT NULL DEFAULT 'general'\n"
  "  CHECK (scope IN ('general', 'internal'));\n"
  CHAIN_BASELINE (
  "    SELECT row_number () OVER (ORDER BY t, id), table_name, id, after FROM (\n"
  "      SELECT 1 AS t, 'rule_set' AS table_name, id, " KONKURS_CHAIN_SNAPSHOT_RULE_SET_V9 " AS after\n"
  "      FROM rule_set\n"
  "      UNION ALL\n"
  "      SELECT 2, 'competition', id, " KONKURS_CHAIN_SNAPSHOT_COMPETITION_V13 " FROM competition)),\n"
  );

/* Version 10 (issue 9, eligibility): what the engine must know to judge on
 * the competition date.
 *  - a certificate keeps its numeric result (score of max_score) and, for
 *    the state language, the CEFR level it certifies; the text `result` of
 *    older rows stays;
 *  - a work period says whether it was in the civil service and in the
 *    field of the position (experience alternatives);
 *  - candidate_exclusion holds each exclusion from a date to a date (NULL:
 *    since before / still holds), filled from the flags, which stay as the
 *    kinds the candidate has;
 *  - a vacancy may accept, besides experience_years of any work, years in
 *    the civil service or in its field (NULL: not an alternative);
 *  - the ages of the civil service in every rule set.
 * The record's snapshots of a vacancy or candidate without the new data
 * are those of version 8 (konkurs-store-chain-private.h): no baseline is
 * needed for them; rule sets, whose values changed, get one. */
const char konkurs_store_migration_eligibility[] =
  "ALTER TABLE certificate ADD COLUMN score INTEGER CHECK (score IS NULL OR score >= 0);\n"
  "ALTER TABLE certificate ADD COLUMN max_score INTEGER\n"
  "  CHECK (max_score IS NULL OR (max_score BETWEEN 1 AND 1000 AND score IS NOT NULL AND score <= max_score));\n"
  "ALTER TABLE certificate ADD COLUMN level TEXT\n"
  "  CHECK (level IS NULL OR (level IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2') AND kind = 'state-language'));\n"
  "ALTER TABLE work_period ADD COLUMN civil_service INTEGER NOT NULL DEFAULT 0 CHECK (civil_service IN (0, 1));\n"
  "ALTER TABLE work_period ADD COLUMN in_field INTEGER NOT NULL DEFAULT 0 CHECK (in_field IN (0, 1));\n"
  "CREATE TABLE candidate_exclusion (\n"
  "  id           INTEGER PRIMARY KEY,\n"
  "  candidate_id INTEGER NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,\n"
  "  kind         TEXT NOT NULL\n"
  "               CHECK (kind IN ('presidential-appointee', 'political-servant', 'corps-a', 'in-reserve')),\n"
  "  from_on      TEXT CHECK (from_on IS NULL OR date(from_on, '+0 days') IS from_on),\n"
  "  until_on     TEXT CHECK (until_on IS NULL OR (date(until_on, '+0 days') IS until_on\n"
  "                                                AND (from_on IS NULL OR until_on >= from_on)))\n"
  ");\n"
  "CREATE INDEX candidate_exclusion_candidate ON candidate_exclusion (candidate_id);\n"
  "INSERT INTO candidate_exclusion (candidate_id, kind)\n"
  "  SELECT id, kind FROM (\n"
  "    SELECT id, 'presidential-appointee' AS kind, 1 AS ordinal FROM candidate WHERE presidential_appointee = 1\n"
  "    UNION ALL SELECT id, 'political-servant', 2 FROM candidate WHERE political_servant = 1\n"
  "    UNION ALL SELECT id, 'corps-a', 3 FROM candidate WHERE corps_a_servant = 1\n"
  "    UNION ALL SELECT id, 'in-reserve', 4 FROM candidate WHERE in_reserve = 1)\n"
  "  ORDER BY id, ordinal;\n"
  "ALTER TABLE vacancy ADD COLUMN experience_civil_service_years INTEGER\n"
  "  CHECK (experience_civil_service_years IS NULL OR experience_civil_service_years BETWEEN 1 AND 50);\n"
  "ALTER TABLE vacancy ADD COLUMN experience_field_years INTEGER\n"
  "  CHECK (experience_field_years IS NULL OR experience_field_years BETWEEN 1 AND 50);\n"
  "INSERT OR IGNORE INTO rule_value (rule_set_id, key, value)\n"
  "  SELECT id, 'civil-min-age', 18 FROM rule_set\n"
  "  UNION ALL SELECT id, 'retirement-age-men', 63 FROM rule_set\n"
  "  UNION ALL SELECT id, 'retirement-age-women', 61 FROM rule_set;\n"
  /* the record follows a rule set's values (version 9) */
  CHAIN_BASELINE (
  "    SELECT row_number () OVER (ORDER BY id), 'rule_set', id, " KONKURS_CHAIN_SNAPSHOT_RULE_SET_V9 "\n"
  "    FROM rule_set),\n"
  );

