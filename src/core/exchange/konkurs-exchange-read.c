/* konkurs-exchange-read.c — reading values out of the tree, with messages
 * that say where the fault is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A secretary (or whoever produced the file) must be able to go straight to
 * the place: every message begins with "FILE:LINE: ", names the element and
 * the attribute, quotes the value and says what is wrong with it in words,
 * e.g. "vacancy/seats: '0' is not a positive number".
 */
#include "config.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "konkurs-exchange-private.h"

/* ------------------------------------------------------------------------ */
/* Messages                                                                  */

void
konkurs_exchange_set_error_at (GError              **error,
                               KonkursImportContext *ctx,
                               int                   code,
                               long                  line,
                               const char           *format,
                               ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (line > 0)
    g_set_error (error, KONKURS_EXCHANGE_ERROR, code, "%s:%ld: %s",
                 ctx->display_name, line, message);
  else
    g_set_error (error, KONKURS_EXCHANGE_ERROR, code, "%s: %s",
                 ctx->display_name, message);
}

/* libxml2 keeps 16 bits of line in an element; past that, xmlGetLineNo()
 * guesses from the neighbours and may be a line off.  The parser records the
 * true line of those elements (see konkurs-exchange-parse.c). */
long
konkurs_exchange_node_line (KonkursImportContext *ctx,
                            xmlNode              *node)
{
  gpointer line;

  if (node == NULL)
    return 0;

  if (node->type == XML_ELEMENT_NODE && node->line == G_MAXUINT16
      && ctx->big_lines != NULL && g_hash_table_lookup_extended (ctx->big_lines, node, NULL, &line))
    return (long) GPOINTER_TO_SIZE (line);

  return xmlGetLineNo (node);
}

#define node_line(node) konkurs_exchange_node_line (ctx, (node))
#define node_name(node) konkurs_exchange_node_name (node)

/* "@name", or "name" in the oldest format. */
static char *
attr_label (KonkursImportContext *ctx,
            const char           *name)
{
  return g_strconcat (ctx->format->attr_prefix, name, NULL);
}

/* "ELEMENT/ATTR: 'VALUE' PROBLEM" at the line of @node; returns FALSE. */
static gboolean
bad_value (KonkursImportContext *ctx,
           xmlNode              *node,
           const char           *attr,
           const char           *value,
           const char           *problem,
           GError              **error)
{
  g_autofree char *label = attr_label (ctx, attr);

  konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                 "%s/%s: '%s' %s", node_name (node), label, value, problem);
  return FALSE;
}

char *
konkurs_exchange_join_alternatives (const char *const *alternatives)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; alternatives[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (text, alternatives[i + 1] != NULL ? ", " : _(" or "));
      g_string_append (text, alternatives[i]);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* ... "is not a known code; use a, b or c"; returns FALSE. */
static gboolean
bad_code (KonkursImportContext *ctx,
          xmlNode              *node,
          const char           *attr,
          const char           *value,
          const char *const    *codes,
          GError              **error)
{
  g_autofree char *allowed = konkurs_exchange_join_alternatives (codes);
  g_autofree char *problem = g_strdup_printf (_("is not a known code; use %s"), allowed);

  return bad_value (ctx, node, attr, value, problem, error);
}

/* A rule the store enforces is a fault of the file: say where it is.  Other
 * store failures (disk full, locked) keep their own domain and code. */
void
konkurs_exchange_propagate_store_error (KonkursImportContext *ctx,
                                        xmlNode              *node,
                                        GError               *store_error,
                                        GError              **error)
{
  g_autoptr(GError) owned = store_error;
  const char *message = owned != NULL ? owned->message : _("the database refused the data");
  gboolean domain_fault = owned == NULL
                          || g_error_matches (owned, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID)
                          || g_error_matches (owned, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE)
                          || g_error_matches (owned, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND)
                          || owned->domain == KONKURS_CALENDAR_ERROR;

  if (domain_fault)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     "%s: %s", node_name (node), message);
      return;
    }

  g_prefix_error (&owned, "%s:%ld: %s: ", ctx->display_name, node_line (node), node_name (node));
  g_propagate_error (error, g_steal_pointer (&owned));
}

void
konkurs_exchange_report_progress (KonkursImportContext *ctx,
                                  double                fraction)
{
  int percent = (int) (fraction * 100);

  /* At most a hundred reports: each may cost a trip to the main loop. */
  if (ctx->progress != NULL && percent != ctx->reported)
    {
      ctx->reported = percent;
      ctx->progress (fraction, ctx->progress_data);
    }
}

/* ------------------------------------------------------------------------ */
/* Elements                                                                  */

gboolean
konkurs_exchange_is_element (xmlNode    *node,
                             const char *ns,
                             const char *name)
{
  return node->type == XML_ELEMENT_NODE
         && node->ns != NULL
         && g_strcmp0 ((const char *) node->ns->href, ns) == 0
         && g_strcmp0 ((const char *) node->name, name) == 0;
}

static xmlNode *
find_child (xmlNode    *parent,
            const char *name)
{
  const char *ns = parent->ns != NULL ? (const char *) parent->ns->href : NULL;

  /* Every kind of file keeps its elements in the namespace of its root. */
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    if (konkurs_exchange_is_element (child, ns, name))
      return child;

  return NULL;
}

static char *
dup_xml_string (xmlChar *value)
{
  char *copy;

  if (value == NULL)
    return NULL;

  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;

  return TRUE;
}

gboolean
konkurs_exchange_read_text_child (KonkursImportContext *ctx,
                                  xmlNode              *parent,
                                  const char           *name,
                                  gboolean              required,
                                  char                **out,
                                  GError              **error)
{
  xmlNode *child = find_child (parent, name);
  g_autofree char *text = NULL;

  *out = NULL;

  if (child == NULL)
    {
      if (!required)
        return TRUE;
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (parent),
                                     _("%s/%s: this required element is missing"),
                                     node_name (parent), name);
      return FALSE;
    }

  text = dup_xml_string (xmlNodeGetContent (child));
  if (required && is_blank (text))
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (child),
                                     _("%s/%s: must not be empty"), node_name (parent), name);
      return FALSE;
    }

  *out = g_steal_pointer (&text);
  return TRUE;
}

/* The language of a text (@child) from its xml:lang or that of an element
 * around it, else the one the import was given. */
static gboolean
text_language (KonkursImportContext *ctx,
               xmlNode              *parent,
               xmlNode              *child,
               KonkursDocLanguage   *language,
               GError              **error)
{
  g_autofree char *declared = dup_xml_string (xmlNodeGetLang (child));
  g_autofree char *primary = NULL;

  if (declared == NULL)
    {
      if (ctx->language >= 0)
        {
          *language = ctx->language;
          return TRUE;
        }
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_LANGUAGE_UNDECLARED, node_line (child),
                                     _("%s/%s: the file does not say which language this text is in; "
                                       "declare it with xml:lang=\"kk\" or xml:lang=\"ru\", or choose the "
                                       "language when importing"),
                                     node_name (parent), node_name (child));
      return FALSE;
    }

  /* "kk", "kk-KZ", "ru-RU"…: the language, whatever the region. */
  primary = g_ascii_strdown (declared, strcspn (declared, "-_"));
  if (konkurs_doc_language_from_code (primary, language))
    return TRUE;
  konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (child),
                                 _("%s/%s: '%s' is not a language Konkurs keeps records in; use "
                                   "xml:lang=\"kk\" or xml:lang=\"ru\""),
                                 node_name (parent), node_name (child), declared);
  return FALSE;
}

/* Reads @child into @text in its language, once per language. */
static gboolean
read_one_language (KonkursImportContext *ctx,
                   xmlNode              *parent,
                   xmlNode              *child,
                   KonkursLocalText     *text,
                   gboolean             *seen,
                   GError              **error)
{
  g_autofree char *value = NULL;
  KonkursDocLanguage language;

  if (!text_language (ctx, parent, child, &language, error))
    return FALSE;
  if (seen[language])
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (child),
                                     _("%s/%s: a second text in the language “%s”; give each language once"),
                                     node_name (parent), node_name (child), konkurs_doc_language_to_code (language));
      return FALSE;
    }
  seen[language] = TRUE;
  value = dup_xml_string (xmlNodeGetContent (child));
  konkurs_local_text_set (text, language, value);
  return TRUE;
}

gboolean
konkurs_exchange_read_local_text (KonkursImportContext  *ctx,
                                  xmlNode               *parent,
                                  const char            *name,
                                  gboolean               required,
                                  KonkursLocalText     **out,
                                  GError               **error)
{
  const char *ns = parent->ns != NULL ? (const char *) parent->ns->href : NULL;
  g_autoptr(KonkursLocalText) text = konkurs_local_text_new (NULL, NULL);
  gboolean seen[2] = { FALSE, FALSE };
  xmlNode *first = NULL;

  *out = NULL;
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    {
      if (!konkurs_exchange_is_element (child, ns, name))
        continue;
      if (first == NULL)
        first = child;
      if (!read_one_language (ctx, parent, child, text, seen, error))
        return FALSE;
    }

  if (required && first == NULL)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (parent),
                                     _("%s/%s: this required element is missing"),
                                     node_name (parent), name);
      return FALSE;
    }
  if (required && konkurs_local_text_is_blank (text))
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (first),
                                     _("%s/%s: must not be empty"), node_name (parent), name);
      return FALSE;
    }

  *out = g_steal_pointer (&text);
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Attributes                                                                */

char *
konkurs_exchange_read_attr (xmlNode    *node,
                            const char *name)
{
  char *value = dup_xml_string (xmlGetNoNsProp (node, (const xmlChar *) name));

  return value != NULL ? g_strstrip (value) : NULL;
}

char *
konkurs_exchange_read_text_attr (xmlNode    *node,
                                 const char *name)
{
  return dup_xml_string (xmlGetNoNsProp (node, (const xmlChar *) name));
}

static char *
missing_attr (KonkursImportContext *ctx,
              xmlNode              *node,
              const char           *name,
              GError              **error)
{
  g_autofree char *label = attr_label (ctx, name);

  konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                 _("%s/%s: this required attribute is missing"),
                                 node_name (node), label);
  return NULL;
}

char *
konkurs_exchange_require_attr (KonkursImportContext *ctx,
                               xmlNode              *node,
                               const char           *name,
                               GError              **error)
{
  char *value = konkurs_exchange_read_attr (node, name);

  return value != NULL ? value : missing_attr (ctx, node, name, error);
}

char *
konkurs_exchange_require_text_attr (KonkursImportContext *ctx,
                                    xmlNode              *node,
                                    const char           *name,
                                    GError              **error)
{
  char *value = konkurs_exchange_read_text_attr (node, name);

  return value != NULL ? value : missing_attr (ctx, node, name, error);
}

/* The value of an attribute that may be optional: FALSE with @error when
 * it is required and missing, TRUE with NULL when it is optional and
 * missing. */
static gboolean
get_attr (KonkursImportContext *ctx,
          xmlNode              *node,
          const char           *name,
          gboolean              required,
          char                **value,
          GError              **error)
{
  if (required)
    *value = konkurs_exchange_require_attr (ctx, node, name, error);
  else
    *value = konkurs_exchange_read_attr (node, name);

  return *value != NULL || !required;
}

/* Below zero and one, a number is negative or not positive, which says
 * more than a range. */
static char *
describe_range (gint64 number,
                gint64 min,
                gint64 max)
{
  if (number < min && min == 1)
    return g_strdup (_("is not a positive number"));
  if (number < min && min == 0)
    return g_strdup (_("is negative"));
  if (number > max && (min == 0 || min == 1) && max <= G_MAXINT)
    return g_strdup_printf (_("is more than %d"), (int) max);

  return g_strdup_printf (_("is not between %" PRId64 " and %" PRId64), min, max);
}

gboolean
konkurs_exchange_read_int_attr (KonkursImportContext *ctx,
                                xmlNode              *node,
                                const char           *name,
                                gboolean              required,
                                gint64                min,
                                gint64                max,
                                gint64               *out,
                                GError              **error)
{
  g_autofree char *value = NULL;
  g_autofree char *problem = NULL;
  gint64 number;

  if (!get_attr (ctx, node, name, required, &value, error))
    return FALSE;
  if (value == NULL)
    return TRUE;

  if (!g_ascii_string_to_signed (value, 10, G_MININT64, G_MAXINT64, &number, NULL))
    return bad_value (ctx, node, name, value, _("is not a whole number"), error);

  if (number < min || number > max)
    {
      problem = describe_range (number, min, max);
      return bad_value (ctx, node, name, value, problem, error);
    }

  *out = number;
  return TRUE;
}

gboolean
konkurs_exchange_read_bool_attr (KonkursImportContext *ctx,
                                 xmlNode              *node,
                                 const char           *name,
                                 gboolean             *out,
                                 GError              **error)
{
  g_autofree char *value = konkurs_exchange_require_attr (ctx, node, name, error);

  if (value == NULL)
    return FALSE;

  if (g_str_equal (value, "true") || g_str_equal (value, "1"))
    *out = TRUE;
  else if (g_str_equal (value, "false") || g_str_equal (value, "0"))
    *out = FALSE;
  else
    return bad_value (ctx, node, name, value, _("is neither “true” nor “false”"), error);

  return TRUE;
}

static gboolean
parse_iso_date (const char *text,
                GDate      *date)
{
  unsigned year, month, day;
  int consumed = 0;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  if (sscanf (text, "%4u-%2u-%2u%n", &year, &month, &day, &consumed) != 3 || consumed != 10)
    return FALSE;
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

gboolean
konkurs_exchange_read_date_attr (KonkursImportContext *ctx,
                                 xmlNode              *node,
                                 const char           *name,
                                 gboolean              required,
                                 GDate                *out,
                                 GError              **error)
{
  g_autofree char *value = NULL;

  g_date_clear (out, 1);
  if (!get_attr (ctx, node, name, required, &value, error))
    return FALSE;
  if (value == NULL)
    return TRUE;

  if (!parse_iso_date (value, out))
    return bad_value (ctx, node, name, value,
                      _("is not a date in the form YYYY-MM-DD (for example 2025-03-21)"), error);

  return TRUE;
}

gboolean
konkurs_exchange_read_enum_attr (KonkursImportContext      *ctx,
                                 xmlNode                   *node,
                                 const char                *name,
                                 gboolean                   required,
                                 const KonkursExchangeEnum *type,
                                 gpointer                   out,
                                 GError                   **error)
{
  g_autofree char *value = NULL;
  g_autoptr(GPtrArray) codes = NULL;

  if (!get_attr (ctx, node, name, required, &value, error))
    return FALSE;
  if (value == NULL || type->from_code (value, out))
    return TRUE;

  codes = g_ptr_array_new ();
  for (int i = type->first; i <= type->last; i++)
    if (type->to_code (i) != NULL)
      g_ptr_array_add (codes, (gpointer) type->to_code (i));
  g_ptr_array_add (codes, NULL);

  return bad_code (ctx, node, name, value, (const char *const *) codes->pdata, error);
}

gboolean
konkurs_exchange_check_version (KonkursImportContext *ctx,
                                xmlNode              *root,
                                GError              **error)
{
  g_autofree char *version = konkurs_exchange_require_attr (ctx, root, "version", error);
  g_autofree char *label = NULL;
  gint64 number = 0, oldest, newest;

  if (version == NULL)
    return FALSE;

  /* A format that never changed reads its one version. */
  newest = g_ascii_strtoll (ctx->format->version, NULL, 10);
  oldest = ctx->format->oldest_version != NULL ? g_ascii_strtoll (ctx->format->oldest_version, NULL, 10) : newest;
  if (g_ascii_string_to_signed (version, 10, oldest, newest, &number, NULL))
    {
      ctx->version = (int) number;
      return TRUE;
    }

  label = attr_label (ctx, "version");
  if (oldest == newest)
    konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (root),
                                   _("%s/%s: '%s' is not a version this Konkurs reads (it reads %s); "
                                     "a newer Konkurs may have written the file"),
                                   node_name (root), label, version, ctx->format->version);
  else
    konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (root),
                                   _("%s/%s: '%s' is not a version this Konkurs reads (it reads %s to %s); "
                                     "a newer Konkurs may have written the file"),
                                   node_name (root), label, version, ctx->format->oldest_version,
                                   ctx->format->version);
  return FALSE;
}
