/* konkurs-store-records-private.h — how a table of the full export is
 * read and written back (konkurs-store-stage-records.c reads and writes
 * any of them; the tables are described in that file and in
 * konkurs-store-commission-records.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store-stage-records.h"

G_BEGIN_DECLS

/* How one table is read and written back.  @select reads its columns in
 * the order of the kind's names, then the row's id (for the rows that
 * hang from it), for the parent whose id is ?1 (the stages: all).
 * @insert takes the names' values as ?1…?n and the parent's id as ?n+1. */
typedef enum {
  REFERS_TO_NOTHING,
  REFERS_TO_COMPETITION,   /* its "competition" is a competition's number */
  REFERS_TO_APPLICATION,   /* its "code" is an application's personal code */
  REFERS_TO_MEMBER,        /* and its "member" a place in the default commission */
  REFERS_TO_EXPERT,        /* its "expert" is a place in the list of experts */
} Reference;

typedef struct {
  KonkursStageRecordKind kind;       /* first: a kind is its table */
  const char            *select;
  const char            *insert;
  const char            *table;      /* followed by the record: NULL when its parent's entry holds it */
  Reference              reference;
} Table;

#define APPLICATION_OF(n) "(SELECT id FROM application WHERE personal_code = ?" #n ")"
/* The place of a row of @table with id @id in the list of them by id, and
 * back: how a member of the default commission and an expert are named. */
#define PLACE_OF(table, id) "(SELECT count(*) FROM " table " x WHERE x.id <= " id ")"
#define AT_PLACE(table, n) "(SELECT id FROM " table " ORDER BY id LIMIT 1 OFFSET ?" #n " - 1)"

#define STAGE_OF(competition, kind) \
  "(SELECT s.id FROM competition_stage s JOIN competition c ON c.id = s.competition_id " \
  "WHERE c.number = ?" #competition " AND s.kind = ?" #kind ")"
#define STAGE_COLUMNS(stage) \
  "(SELECT c.number FROM competition_stage s JOIN competition c ON c.id = s.competition_id WHERE s.id = " stage "), " \
  "(SELECT kind FROM competition_stage WHERE id = " stage ")"
/* konkurs-store-schema-commission.c: the tie-breakers migration 14 gives
 * a rule set, for the rule set of a file that has none (?1 its id):
 * konkurs_store_seed_tie_breakers(). */
extern const char konkurs_store_default_tie_breakers[];

G_END_DECLS
