/* konkurs-exchange-competitions.c — files of competitions with their
 * vacancies (<konkurs-competitions>)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Such a file is small and read whole: every competition is converted
 * (friendly messages) before the schema looks at the file, and only then is
 * anything inserted.  The export writes every competition with its
 * vacancies, by id and without ids, so that export, import into an empty
 * database and export again give the same bytes.
 *
 * Version 2 names a competition by its number and a vacancy by its code,
 * and gives each text once per language, with its xml:lang.  Version 1
 * (no numbers, one text of each, no xml:lang) is still read: its texts
 * are in the language the file or the person importing it declares, and
 * the store numbers what it imports.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-exchange-private.h"

#define COMPETITIONS_NS KONKURS_EXCHANGE_COMPETITIONS_NS

#define MAX_SEATS      9999
#define MAX_EXPERIENCE 99

#define node_line(node) konkurs_exchange_node_line (ctx, (node))
#define node_name(node) konkurs_exchange_node_name (node)

/* ------------------------------------------------------------------------ */
/* Tree to objects                                                           */

typedef struct {
  KonkursCompetition *competition;
  xmlNode            *node;
  char               *rule_set_code;  /* NULL: the rule set in force */
  GPtrArray          *vacancies;      /* of KonkursVacancy */
  GPtrArray          *vacancy_nodes;  /* of xmlNode, same order */
} CompetitionItem;

static void
competition_item_free (gpointer data)
{
  CompetitionItem *item = data;

  g_clear_object (&item->competition);
  g_free (item->rule_set_code);
  g_ptr_array_unref (item->vacancies);
  g_ptr_array_unref (item->vacancy_nodes);
  g_free (item);
}

static const KonkursExchangeEnum procedure_codes =
  KONKURS_EXCHANGE_ENUM (konkurs_procedure, KONKURS_PROCEDURE_CIVIL_SERVICE, KONKURS_PROCEDURE_YOUTH_RESERVE);
static const KonkursExchangeEnum corps_codes =
  KONKURS_EXCHANGE_ENUM (konkurs_corps, KONKURS_CORPS_A, KONKURS_CORPS_B);
static const KonkursExchangeEnum level_codes =
  KONKURS_EXCHANGE_ENUM (konkurs_level, KONKURS_LEVEL_CENTRAL, KONKURS_LEVEL_DISTRICT);
static const KonkursExchangeEnum education_codes =
  KONKURS_EXCHANGE_ENUM (konkurs_education, KONKURS_EDUCATION_NONE, KONKURS_EDUCATION_POSTGRADUATE);

static gboolean
read_vacancy_codes (KonkursImportContext *ctx,
                    xmlNode              *node,
                    KonkursVacancy       *vacancy,
                    GError              **error)
{
  KonkursCorps corps;
  KonkursLevel level;
  KonkursEducation education;

  if (!konkurs_exchange_read_enum_attr (ctx, node, "corps", TRUE, &corps_codes, &corps, error)
      || !konkurs_exchange_read_enum_attr (ctx, node, "level", TRUE, &level_codes, &level, error)
      || !konkurs_exchange_read_enum_attr (ctx, node, "education", TRUE, &education_codes, &education, error))
    return FALSE;

  konkurs_vacancy_set_corps (vacancy, corps);
  konkurs_vacancy_set_level (vacancy, level);
  konkurs_vacancy_set_education (vacancy, education);
  return TRUE;
}

static KonkursVacancy *
read_vacancy (KonkursImportContext *ctx,
              xmlNode              *node,
              GError              **error)
{
  g_autoptr(KonkursVacancy) vacancy = konkurs_vacancy_new ();
  g_autoptr(KonkursLocalText) title = NULL;
  g_autoptr(KonkursLocalText) sector = NULL;
  g_autoptr(KonkursLocalText) requirements = NULL;
  g_autofree char *category = NULL;
  g_autofree char *code = NULL;
  gboolean leadership = FALSE;
  gint64 seats = 0, experience = 0, civil_years = 0, field_years = 0;
  KonkursExperienceAlternative alternatives[2];
  guint n_alternatives = 0;

  if (!konkurs_exchange_read_local_text (ctx, node, "position-title", TRUE, &title, error)
      || !read_vacancy_codes (ctx, node, vacancy, error)
      || !konkurs_exchange_read_bool_attr (ctx, node, "leadership", &leadership, error)
      || !konkurs_exchange_read_int_attr (ctx, node, "seats", TRUE, 1, MAX_SEATS, &seats, error)
      || !konkurs_exchange_read_int_attr (ctx, node, "experience-years", TRUE, 0, MAX_EXPERIENCE,
                                          &experience, error)
      || !konkurs_exchange_read_local_text (ctx, node, "sector", FALSE, &sector, error)
      || !konkurs_exchange_read_local_text (ctx, node, "requirements", FALSE, &requirements, error)
      /* Version 3: experience alternatives ("or ≥2 years in the field"). */
      || !konkurs_exchange_read_int_attr (ctx, node, "experience-civil-service-years", FALSE, 1, 50,
                                          &civil_years, error)
      || !konkurs_exchange_read_int_attr (ctx, node, "experience-field-years", FALSE, 1, 50, &field_years, error))
    return NULL;
  if (civil_years > 0)
    alternatives[n_alternatives++] = (KonkursExperienceAlternative) { (int) civil_years, KONKURS_EXPERIENCE_CIVIL_SERVICE };
  if (field_years > 0)
    alternatives[n_alternatives++] = (KonkursExperienceAlternative) { (int) field_years, KONKURS_EXPERIENCE_FIELD };
  konkurs_vacancy_set_experience_alternatives (vacancy, alternatives, n_alternatives);

  category = konkurs_exchange_read_text_attr (node, "category");
  code = konkurs_exchange_read_attr (node, "code");

  konkurs_vacancy_set_code (vacancy, code);
  konkurs_vacancy_set_position_title_text (vacancy, title);
  konkurs_vacancy_set_category (vacancy, category);
  konkurs_vacancy_set_leadership (vacancy, leadership);
  konkurs_vacancy_set_seats (vacancy, (int) seats);
  konkurs_vacancy_set_experience_years (vacancy, (int) experience);
  konkurs_vacancy_set_sector_text (vacancy, sector);
  konkurs_vacancy_set_requirements_text (vacancy, requirements);

  return g_steal_pointer (&vacancy);
}

static gboolean
read_competition_fields (KonkursImportContext *ctx,
                         xmlNode              *node,
                         KonkursCompetition   *competition,
                         GError              **error)
{
  g_autoptr(KonkursLocalText) state_body = NULL;
  g_autoptr(KonkursLocalText) title = NULL;
  g_autofree char *number = NULL;
  g_autofree char *scope = NULL;
  KonkursProcedure procedure;
  GDate announced;

  if (!konkurs_exchange_read_enum_attr (ctx, node, "procedure", TRUE, &procedure_codes, &procedure, error)
      || !konkurs_exchange_read_date_attr (ctx, node, "announcement-date", TRUE, &announced, error)
      || !konkurs_exchange_read_local_text (ctx, node, "state-body", TRUE, &state_body, error)
      || !konkurs_exchange_read_local_text (ctx, node, "title", FALSE, &title, error))
    return FALSE;

  /* document-deadline is deliberately not read: the store computes it from
   * the rule set and the calendar of this installation. */
  number = konkurs_exchange_read_attr (node, "number");
  scope = konkurs_exchange_read_attr (node, "scope");
  konkurs_competition_set_number (competition, number);
  /* The schema allows only "general" (the default) and "internal". */
  konkurs_competition_set_scope (competition, g_strcmp0 (scope, "internal") == 0 ? KONKURS_RULE_SCOPE_INTERNAL
                                                                                 : KONKURS_RULE_SCOPE_GENERAL);
  konkurs_competition_set_procedure (competition, procedure);
  konkurs_competition_set_announcement_date (competition, &announced);
  konkurs_competition_set_state_body_text (competition, state_body);
  konkurs_competition_set_title_text (competition, title);
  return TRUE;
}

static CompetitionItem *
read_competition (KonkursImportContext *ctx,
                  xmlNode              *node,
                  GError              **error)
{
  g_autoptr(KonkursCompetition) competition = konkurs_competition_new ();
  g_autoptr(GPtrArray) vacancies = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) vacancy_nodes = g_ptr_array_new ();
  CompetitionItem *item;
  char *rule_set;

  if (!read_competition_fields (ctx, node, competition, error))
    return NULL;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      KonkursVacancy *vacancy;

      if (!konkurs_exchange_is_element (child, COMPETITIONS_NS, "vacancy"))
        continue;

      vacancy = read_vacancy (ctx, child, error);
      if (vacancy == NULL)
        return NULL;

      g_ptr_array_add (vacancies, vacancy);
      g_ptr_array_add (vacancy_nodes, child);
    }

  rule_set = konkurs_exchange_read_attr (node, "rule-set");
  if (rule_set != NULL && rule_set[0] == '\0')
    g_clear_pointer (&rule_set, g_free);

  item = g_new0 (CompetitionItem, 1);
  item->competition = g_steal_pointer (&competition);
  item->node = node;
  item->rule_set_code = rule_set;
  item->vacancies = g_steal_pointer (&vacancies);
  item->vacancy_nodes = g_steal_pointer (&vacancy_nodes);
  return item;
}

static gpointer
competitions_convert (KonkursImportContext *ctx,
                      xmlNode              *root,
                      GError              **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (competition_item_free);

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      CompetitionItem *item;

      if (!konkurs_exchange_is_element (child, COMPETITIONS_NS, "competition"))
        continue;

      item = read_competition (ctx, child, error);
      if (item == NULL)
        return NULL;
      g_ptr_array_add (items, item);
    }

  return g_steal_pointer (&items);
}

/* ------------------------------------------------------------------------ */
/* Objects to the database                                                   */

static gboolean
resolve_rule_set (KonkursImportContext *ctx,
                  CompetitionItem      *item,
                  GHashTable           *rule_set_ids,
                  GError              **error)
{
  g_autoptr(KonkursRuleSet) rule_set = NULL;
  g_autoptr(GError) local_error = NULL;
  gpointer cached;

  if (item->rule_set_code == NULL)
    {
      konkurs_competition_set_rule_set_id (item->competition, 0);
      return TRUE;
    }

  if (g_hash_table_lookup_extended (rule_set_ids, item->rule_set_code, NULL, &cached))
    {
      konkurs_competition_set_rule_set_id (item->competition, *(gint64 *) cached);
      return TRUE;
    }

  rule_set = konkurs_store_find_rule_set_by_code (ctx->store, item->rule_set_code, &local_error);
  if (rule_set == NULL)
    {
      if (local_error != NULL
          && !g_error_matches (local_error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND))
        {
          konkurs_exchange_propagate_store_error (ctx, item->node, g_steal_pointer (&local_error), error);
          return FALSE;
        }
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (item->node),
                                     _("%s/rule-set: '%s' is not a rule set this database knows"),
                                     node_name (item->node), item->rule_set_code);
      return FALSE;
    }

  g_hash_table_insert (rule_set_ids, g_strdup (item->rule_set_code),
                       g_memdup2 (&(gint64) { konkurs_rule_set_get_id (rule_set) }, sizeof (gint64)));
  konkurs_competition_set_rule_set_id (item->competition, konkurs_rule_set_get_id (rule_set));
  return TRUE;
}

static gboolean
insert_competition (KonkursImportContext *ctx,
                    CompetitionItem      *item,
                    GHashTable           *rule_set_ids,
                    GError              **error)
{
  GError *local_error = NULL;
  gint64 id;

  if (!resolve_rule_set (ctx, item, rule_set_ids, error))
    return FALSE;

  if (!konkurs_store_save_competition (ctx->store, item->competition, &local_error))
    {
      konkurs_exchange_propagate_store_error (ctx, item->node, local_error, error);
      return FALSE;
    }

  id = konkurs_competition_get_id (item->competition);
  for (guint i = 0; i < item->vacancies->len; i++)
    {
      KonkursVacancy *vacancy = g_ptr_array_index (item->vacancies, i);

      konkurs_vacancy_set_competition_id (vacancy, id);
      if (!konkurs_store_save_vacancy (ctx->store, vacancy, &local_error))
        {
          konkurs_exchange_propagate_store_error (ctx, g_ptr_array_index (item->vacancy_nodes, i),
                                                  local_error, error);
          return FALSE;
        }
    }

  ctx->summary.competitions++;
  ctx->summary.vacancies += item->vacancies->len;
  return TRUE;
}

static gboolean
competitions_insert (KonkursImportContext *ctx,
                     gpointer              plan,
                     GError              **error)
{
  GPtrArray *items = plan;
  g_autoptr(GHashTable) rule_set_ids = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                              g_free, g_free);

  for (guint i = 0; i < items->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (ctx->cancellable, error)
          || !insert_competition (ctx, g_ptr_array_index (items, i), rule_set_ids, error))
        return FALSE;

      konkurs_exchange_report_progress (ctx, (double) (i + 1) / items->len);
    }

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Export                                                                    */

static int
compare_competitions_by_id (gconstpointer a,
                            gconstpointer b)
{
  gint64 id_a = konkurs_competition_get_id (*(KonkursCompetition **) a);
  gint64 id_b = konkurs_competition_get_id (*(KonkursCompetition **) b);

  return (id_a > id_b) - (id_a < id_b);
}

/* Everything the file will hold, read before the file is created. */
typedef struct {
  GPtrArray  *competitions;   /* by id */
  GPtrArray  *vacancies;      /* owns them */
  GHashTable *by_competition; /* competition id → GPtrArray of borrowed vacancies, by id */
  GHashTable *rule_set_codes; /* rule set id → code */
} ExportData;

static void
export_data_clear (ExportData *data)
{
  g_clear_pointer (&data->competitions, g_ptr_array_unref);
  g_clear_pointer (&data->by_competition, g_hash_table_unref);
  g_clear_pointer (&data->vacancies, g_ptr_array_unref);
  g_clear_pointer (&data->rule_set_codes, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ExportData, export_data_clear)

static void
group_vacancies (ExportData *data)
{
  data->by_competition = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < data->vacancies->len; i++)
    {
      KonkursVacancy *vacancy = g_ptr_array_index (data->vacancies, i);
      gint64 competition_id = konkurs_vacancy_get_competition_id (vacancy);
      GPtrArray *group = g_hash_table_lookup (data->by_competition, &competition_id);

      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (data->by_competition,
                               g_memdup2 (&competition_id, sizeof competition_id), group);
        }
      g_ptr_array_add (group, vacancy);
    }
}

static gboolean
export_data_load (KonkursStore *store,
                  ExportData   *data,
                  GError      **error)
{
  g_autoptr(GPtrArray) rule_sets = NULL;

  data->competitions = konkurs_store_list_competitions (store, error);
  if (data->competitions == NULL)
    return FALSE;
  g_ptr_array_sort (data->competitions, compare_competitions_by_id);

  data->vacancies = konkurs_store_list_vacancies (store, 0, error);
  if (data->vacancies == NULL)
    return FALSE;
  group_vacancies (data);

  rule_sets = konkurs_store_list_rule_sets (store, error);
  if (rule_sets == NULL)
    return FALSE;

  data->rule_set_codes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < rule_sets->len; i++)
    {
      KonkursRuleSet *rule_set = g_ptr_array_index (rule_sets, i);
      gint64 id = konkurs_rule_set_get_id (rule_set);

      g_hash_table_insert (data->rule_set_codes, g_memdup2 (&id, sizeof id),
                           g_strdup (konkurs_rule_set_get_code (rule_set)));
    }

  return TRUE;
}

static gboolean
competition_is_xml_text (KonkursCompetition *competition,
                         GPtrArray          *vacancies)
{
  if (!konkurs_exchange_is_xml_text (konkurs_competition_get_number (competition))
      || !konkurs_exchange_is_local_xml_text (konkurs_competition_get_state_body_text (competition))
      || !konkurs_exchange_is_local_xml_text (konkurs_competition_get_title_text (competition)))
    return FALSE;

  for (guint i = 0; vacancies != NULL && i < vacancies->len; i++)
    {
      KonkursVacancy *vacancy = g_ptr_array_index (vacancies, i);

      if (!konkurs_exchange_is_xml_text (konkurs_vacancy_get_code (vacancy))
          || !konkurs_exchange_is_local_xml_text (konkurs_vacancy_get_position_title_text (vacancy))
          || !konkurs_exchange_is_xml_text (konkurs_vacancy_get_category (vacancy))
          || !konkurs_exchange_is_local_xml_text (konkurs_vacancy_get_sector_text (vacancy))
          || !konkurs_exchange_is_local_xml_text (konkurs_vacancy_get_requirements_text (vacancy)))
        return FALSE;
    }

  return TRUE;
}

static void
write_vacancy (KonkursExchangeWriter *writer,
               KonkursVacancy        *vacancy)
{
  konkurs_exchange_write_start (writer, "vacancy");
  konkurs_exchange_write_attr (writer, "code", konkurs_vacancy_get_code (vacancy));
  konkurs_exchange_write_enum_attr (writer, "corps", &corps_codes, konkurs_vacancy_get_corps (vacancy));
  konkurs_exchange_write_attr (writer, "category", konkurs_vacancy_get_category (vacancy));
  konkurs_exchange_write_bool_attr (writer, "leadership", konkurs_vacancy_get_leadership (vacancy));
  konkurs_exchange_write_enum_attr (writer, "level", &level_codes, konkurs_vacancy_get_level (vacancy));
  konkurs_exchange_write_int_attr (writer, "seats", konkurs_vacancy_get_seats (vacancy));
  konkurs_exchange_write_enum_attr (writer, "education", &education_codes,
                                    konkurs_vacancy_get_education (vacancy));
  konkurs_exchange_write_int_attr (writer, "experience-years",
                                   konkurs_vacancy_get_experience_years (vacancy));
  if (konkurs_vacancy_get_alternative_years (vacancy, KONKURS_EXPERIENCE_CIVIL_SERVICE) > 0)
    konkurs_exchange_write_int_attr (writer, "experience-civil-service-years",
                                     konkurs_vacancy_get_alternative_years (vacancy, KONKURS_EXPERIENCE_CIVIL_SERVICE));
  if (konkurs_vacancy_get_alternative_years (vacancy, KONKURS_EXPERIENCE_FIELD) > 0)
    konkurs_exchange_write_int_attr (writer, "experience-field-years",
                                     konkurs_vacancy_get_alternative_years (vacancy, KONKURS_EXPERIENCE_FIELD));
  konkurs_exchange_write_local_text (writer, "position-title", konkurs_vacancy_get_position_title_text (vacancy));
  konkurs_exchange_write_local_text (writer, "sector", konkurs_vacancy_get_sector_text (vacancy));
  konkurs_exchange_write_local_text (writer, "requirements", konkurs_vacancy_get_requirements_text (vacancy));
  konkurs_exchange_write_end (writer);
}

static void
write_competition (KonkursExchangeWriter *writer,
                   KonkursCompetition    *competition,
                   const char            *rule_set_code,
                   GPtrArray             *vacancies)
{
  konkurs_exchange_write_start (writer, "competition");
  konkurs_exchange_write_attr (writer, "number", konkurs_competition_get_number (competition));
  konkurs_exchange_write_enum_attr (writer, "procedure", &procedure_codes,
                                    konkurs_competition_get_procedure (competition));
  /* Only when not the default: files of general competitions stay as they were. */
  if (konkurs_competition_get_scope (competition) == KONKURS_RULE_SCOPE_INTERNAL)
    konkurs_exchange_write_attr (writer, "scope", "internal");
  konkurs_exchange_write_attr (writer, "rule-set", rule_set_code);
  konkurs_exchange_write_date_attr (writer, "announcement-date",
                                    konkurs_competition_get_announcement_date (competition));
  konkurs_exchange_write_date_attr (writer, "document-deadline",
                                    konkurs_competition_get_document_deadline (competition));
  konkurs_exchange_write_local_text (writer, "state-body", konkurs_competition_get_state_body_text (competition));
  konkurs_exchange_write_local_text (writer, "title", konkurs_competition_get_title_text (competition));

  for (guint i = 0; vacancies != NULL && i < vacancies->len; i++)
    write_vacancy (writer, g_ptr_array_index (vacancies, i));

  konkurs_exchange_write_end (writer);
}

static gboolean
write_competitions (KonkursExchangeWriter *writer,
                    gpointer               user_data,
                    GCancellable          *cancellable,
                    GError               **error)
{
  ExportData *data = user_data;

  for (guint i = 0; i < data->competitions->len && !writer->failed; i++)
    {
      KonkursCompetition *competition = g_ptr_array_index (data->competitions, i);
      gint64 id = konkurs_competition_get_id (competition);
      gint64 rule_set_id = konkurs_competition_get_rule_set_id (competition);
      GPtrArray *vacancies = g_hash_table_lookup (data->by_competition, &id);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      if (!competition_is_xml_text (competition, vacancies))
        {
          g_set_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_WRITE,
                       _("The competition of “%s” contains a control character that an XML "
                         "file cannot hold; correct the text and export again."),
                       konkurs_competition_get_state_body (competition));
          return FALSE;
        }

      write_competition (writer, competition, g_hash_table_lookup (data->rule_set_codes, &rule_set_id),
                         vacancies);
    }

  return TRUE;
}

gboolean
konkurs_exchange_write_competitions (KonkursExchangeWriter *writer,
                                     KonkursStore          *store,
                                     GCancellable          *cancellable,
                                     GError               **error)
{
  g_auto(ExportData) data = { 0 };

  return export_data_load (store, &data, error)
         && write_competitions (writer, &data, cancellable, error);
}

static gboolean
competitions_export (KonkursStore  *store,
                     const char    *path,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_auto(ExportData) data = { 0 };
  gboolean loaded;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* One transaction around the reads, so that a competition changed by the
   * window meanwhile is exported either whole or as it was, never with
   * half of its vacancies.  Nothing is written: it is rolled back. */
  if (!konkurs_store_begin (store, error))
    return FALSE;
  loaded = export_data_load (store, &data, error);
  konkurs_store_rollback (store);
  if (!loaded)
    return FALSE;

  return konkurs_exchange_write_file (&konkurs_exchange_competitions_format, path,
                                      write_competitions, &data, cancellable, error);
}

const KonkursExchangeFormat konkurs_exchange_competitions_format = {
  .root = "konkurs-competitions",
  .ns = COMPETITIONS_NS,
  .version = "3",
  .oldest_version = "1",
  .schema = "competitions",
  .attr_prefix = "",
  .convert = competitions_convert,
  .insert = competitions_insert,
  .free_plan = (GDestroyNotify) g_ptr_array_unref,
  .export = competitions_export,
};
