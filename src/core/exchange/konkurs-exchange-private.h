/* konkurs-exchange-private.h — a kind of XML file, as konkurs-exchange.c
 * imports and exports it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A new kind of file is one file, konkurs-exchange-KIND.c, that defines a
 * KonkursExchangeFormat on the shared reader and writer, a line in
 * meson.build, its declaration below and its row in the table of
 * konkurs-exchange.c.
 */
#pragma once

#include "konkurs-exchange-reader.h"
#include "konkurs-eligibility.h"
#include "konkurs-exchange-writer.h"
#include "konkurs-store-commission.h"
#include "konkurs-store-stages.h"

G_BEGIN_DECLS

struct _KonkursExchangeFormat {
  const char *root;         /* the root element, e.g. "konkurs-competitions" */
  const char *ns;           /* its namespace, which every element shares */
  const char *version;      /* the version="" of the root that is written, the newest read */
  const char *oldest_version; /* the oldest version="" still read; NULL: only version */
  const char *schema;       /* data/konkurs-SCHEMA.xsd */
  const char *attr_prefix;  /* before an attribute's name in messages: "@" ("" for competitions, as ever) */

  /* A file read whole.  @convert turns the tree into a plan (the friendly
   * messages), then the document is validated against the schema (what
   * @convert did not look at), then @insert writes the plan inside the
   * import's transaction. */
  gpointer (*convert)      (KonkursImportContext *ctx,
                            xmlNode              *root,
                            GError              **error);
  gboolean (*insert)       (KonkursImportContext *ctx,
                            gpointer              plan,
                            GError              **error);
  GDestroyNotify free_plan;

  /* Or a file read as a stream of records, the children of the root, for
   * files that may be huge: the tree never holds more than one record.
   * @begin is called once, before the first record (or at the end of a
   * file without any), for what the records share, typically looked up in
   * the store; then the transaction is opened.  Each record is converted by
   * @read_record, validated against its global declaration in the schema
   * and written by @store_record.  The root is validated last. */
  gpointer (*begin)        (KonkursImportContext *ctx,
                            GError              **error);
  GDestroyNotify free_records;
  gpointer (*read_record)  (KonkursImportContext *ctx,
                            gpointer              records,
                            xmlNode              *record,
                            GError              **error);
  gboolean (*store_record) (KonkursImportContext *ctx,
                            gpointer              records,
                            xmlNode              *record,
                            gpointer              item,
                            GError              **error);
  GDestroyNotify free_item;
  /* After the last record, before the root is validated and the
   * transaction committed (NULL: nothing to do). */
  gboolean (*finish)       (KonkursImportContext *ctx,
                            gpointer              records,
                            GError              **error);

  /* Writes the database as a file of this kind (NULL: only read). */
  gboolean (*export)       (KonkursStore         *store,
                            const char           *path,
                            GCancellable         *cancellable,
                            GError              **error);
};

#define KONKURS_EXCHANGE_COMPETITIONS_NS "urn:konkurs:competitions:1"
#define KONKURS_EXCHANGE_CANDIDATES_NS   "urn:konkurs:candidates:1"
#define KONKURS_EXCHANGE_DATABASE_NS     "urn:konkurs:database:1"
#define KONKURS_EXCHANGE_TEST_RESULTS_NS "urn:konkurs:test-results:1"
#define KONKURS_EXCHANGE_ASSESSMENT_NS   "urn:konkurs:assessment-centre:1"
#define KONKURS_EXCHANGE_STAGES_NS       "urn:konkurs:stages:1"
#define KONKURS_EXCHANGE_RULE_SETS_NS    "urn:konkurs:rule-sets:1"
#define KONKURS_EXCHANGE_ESSAYS_NS       "urn:konkurs:essays:1"
#define KONKURS_EXCHANGE_EXPERTS_NS      "urn:konkurs:experts:1"
#define KONKURS_EXCHANGE_ESSAY_GRADING_NS "urn:konkurs:essay-grading:1"
#define KONKURS_EXCHANGE_ESSAY_PACKAGE_NS "urn:konkurs:essay-package:1"
#define KONKURS_EXCHANGE_ESSAY_RESULTS_NS "urn:konkurs:essay-results:1"
#define KONKURS_EXCHANGE_COMMISSION_NS   "urn:konkurs:commission:1"
#define KONKURS_EXCHANGE_MEETING_NS      "urn:konkurs:meeting:1"
#define KONKURS_EXCHANGE_COMMISSIONS_NS  "urn:konkurs:commissions:1"

extern const KonkursExchangeFormat konkurs_exchange_competitions_format;
extern const KonkursExchangeFormat konkurs_exchange_candidates_format;
extern const KonkursExchangeFormat konkurs_exchange_database_format;
extern const KonkursExchangeFormat konkurs_exchange_test_results_format;
extern const KonkursExchangeFormat konkurs_exchange_assessment_format;
extern const KonkursExchangeFormat konkurs_exchange_stages_format;
extern const KonkursExchangeFormat konkurs_exchange_rule_sets_format;
extern const KonkursExchangeFormat konkurs_exchange_essays_format;
extern const KonkursExchangeFormat konkurs_exchange_experts_format;
extern const KonkursExchangeFormat konkurs_exchange_essay_grading_format;
extern const KonkursExchangeFormat konkurs_exchange_essay_package_format;
extern const KonkursExchangeFormat konkurs_exchange_essay_results_format;
extern const KonkursExchangeFormat konkurs_exchange_commission_format;
extern const KonkursExchangeFormat konkurs_exchange_meeting_format;
extern const KonkursExchangeFormat konkurs_exchange_commissions_format;

/* konkurs-exchange-stage.c: the stage a file of results is for, open,
 * with the applications that entered it by personal code. */
typedef struct {
  KonkursCompetition *competition;
  KonkursStage       *stage;
  GPtrArray          *rows;      /* of KonkursStageRow */
  GHashTable         *by_code;   /* personal code → KonkursStageRow, borrowed from @rows */
  GHashTable         *codes;     /* the personal codes of every application of the competition */
} KonkursExchangeStage;

void konkurs_exchange_stage_free (KonkursExchangeStage *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursExchangeStage, konkurs_exchange_stage_free)

/* The stage of kind @kind_code of the competition @root's "competition"
 * attribute names (by number); an error at @root when there is none (naming
 * the stages it has) or when it is not open. */
KonkursExchangeStage  *konkurs_exchange_stage_open (KonkursImportContext *ctx,
                                                    xmlNode              *root,
                                                    const char           *kind_code,
                                                    GError              **error);
/* The application whose personal code @node's "code" attribute gives; an
 * error saying whether the code is of no application of the competition or
 * of one that did not enter the stage. */
const KonkursStageRow *konkurs_exchange_stage_row  (KonkursImportContext *ctx,
                                                    KonkursExchangeStage *self,
                                                    xmlNode              *node,
                                                    GError              **error);
/* The stage's rule for the track of @row, or an error at @node. */
const KonkursStageRule *konkurs_exchange_stage_rule (KonkursImportContext  *ctx,
                                                     KonkursExchangeStage  *self,
                                                     const KonkursStageRow *row,
                                                     xmlNode               *node,
                                                     GError               **error);
/* "documents, testing, interview": the kinds of @stages (of KonkursStage). */
char *konkurs_exchange_describe_stages (GPtrArray *stages);

/* konkurs-exchange-candidates.c: the codes of the exclusions a file
 * writes, in their order. */
guint            konkurs_exchange_n_exclusions   (void);
KonkursExclusion konkurs_exchange_nth_exclusion  (guint index);
const char      *konkurs_exchange_exclusion_code (KonkursExclusion flag);

/* konkurs-exchange-candidates-export.c: every candidate of @store (by
 * name), with papers and applications, each application with its personal
 * code and decision, as children of the element being written. */
gboolean konkurs_exchange_write_candidates (KonkursExchangeWriter *writer,
                                            KonkursStore          *store,
                                            GCancellable          *cancellable,
                                            GError               **error);
/* konkurs-exchange-competitions.c: every competition of @store with its
 * vacancies, read in one transaction, as children of the element being
 * written. */
gboolean konkurs_exchange_write_competitions (KonkursExchangeWriter *writer,
                                              KonkursStore          *store,
                                              GCancellable          *cancellable,
                                              GError               **error);

/* konkurs-exchange-stages.c: the rows of section @format (the rule sets,
 * the stages, the essays) as children of the element being written. */
gboolean konkurs_exchange_write_records (KonkursExchangeWriter       *writer,
                                         const KonkursExchangeFormat *format,
                                         KonkursStore                *store,
                                         GCancellable                *cancellable,
                                         GError                     **error);

/* konkurs-exchange-commission.c */

/* A member of a commission: @node's role="" and its <name> and <position>
 * in each language; an unknown role or a member without a name is an
 * error at @node. */
KonkursCommissionMember *konkurs_exchange_read_commission_member  (KonkursImportContext          *ctx,
                                                                   xmlNode                       *node,
                                                                   GError                       **error);
/* What konkurs_exchange_read_commission_member() reads, as <@element>. */
void                     konkurs_exchange_write_commission_member (KonkursExchangeWriter         *writer,
                                                                   const char                    *element,
                                                                   const KonkursCommissionMember *member);
/* A name as people compare them (case and blanks between words aside),
 * and whether @name is @text in either language so compared. */
char                    *konkurs_exchange_name_key                (const char                    *name);
gboolean                 konkurs_exchange_same_name               (const KonkursLocalText        *text,
                                                                   const char                    *name);

/* konkurs-exchange.c */

/* "<a>, <b> or <c>": the root elements of the formats, which begin the
 * files Konkurs reads (competitions, candidates, a whole database, test
 * results, assessment-centre results). */
char *konkurs_exchange_describe_roots (void);
/* The format whose root element and namespace these are, or NULL. */
const KonkursExchangeFormat *konkurs_exchange_find_format (const char *root,
                                                           const char *ns);
/* Reads @path as a file of @format, which is read whole, without a store
 * (ctx->store is NULL): parsed as imports are, converted, validated; the
 * plan, to be freed with @format->free_plan, or NULL with @error. */
gpointer konkurs_exchange_read_whole (const KonkursExchangeFormat *format,
                                      const char                  *path,
                                      GError                     **error);
/* A record of a streamed file is complete (called by the parser). */
gboolean konkurs_exchange_import_record (KonkursImportContext *ctx,
                                         xmlNode              *record,
                                         GError              **error);

/* konkurs-exchange-sniff.c */

/* Refuses, before libxml2 reads them, bytes that are not XML, naming what
 * they are (a PDF, a ZIP or Office file, a database, gzip, text such as
 * CSV), and UTF-8 under a declaration of ISO-8859-1 or a like encoding. */
gboolean konkurs_exchange_sniff (KonkursImportContext *ctx,
                                 const char           *bytes,
                                 gsize                 length,
                                 GError              **error);
/* The encoding="" of the XML declaration at @bytes (after any byte order
 * mark and blanks), or NULL. */
char    *konkurs_exchange_declared_encoding (const char *bytes,
                                             gsize       length);
/* The first attribute from about @line on whose value is at least
 * @min_length bytes long (or never closed): its element, its name and its
 * line.  For libxml2's "AttValue length too long", which names neither. */
gboolean konkurs_exchange_find_long_attribute (const char  *bytes,
                                               gsize        length,
                                               long         line,
                                               gsize        min_length,
                                               char       **element,
                                               char       **attribute,
                                               long        *attribute_line);

G_END_DECLS
